package org.migrationtracker.mailbox;

import org.jspecify.annotations.Nullable;

import java.util.List;

/**
 * One mailbox as the inventory file describes it; null where the file has no such column. The X500 addresses come
 * from the same column as the proxy addresses (EmailAddresses), kept apart.
 */
record InventoryRow(int line, String primaryAddress, @Nullable String displayName, @Nullable String alias,
                    @Nullable String department, @Nullable String database, @Nullable RecipientType recipientType,
                    @Nullable Long sizeBytes, @Nullable List<String> proxyAddresses, @Nullable List<String> x500Addresses,
                    @Nullable Boolean umEnabled) {
}
