package org.migrationtracker.mailbox;

import org.jspecify.annotations.Nullable;

/**
 * One mailbox as the inventory file describes it: a value for each {@linkplain MailboxColumns#IMPORTED imported column}
 * the file has, null where it has no such column. The X500 addresses come from the same column as the proxy
 * addresses (EmailAddresses), kept apart.
 */
record InventoryRow(int line, String primaryAddress, MailboxValues file) {

    <T extends @Nullable Object> @Nullable T get(MailboxColumn<T> column) {
        return file.get(column);
    }
}
