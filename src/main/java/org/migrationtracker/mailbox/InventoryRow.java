package org.migrationtracker.mailbox;

import org.jspecify.annotations.Nullable;

import java.util.List;

/** One mailbox as the inventory file describes it; null where the file has no such column. */
record InventoryRow(int line, String primaryAddress, @Nullable String displayName, @Nullable String alias,
                    @Nullable String department, @Nullable String database, @Nullable RecipientType recipientType,
                    @Nullable Long sizeBytes, @Nullable List<String> proxyAddresses, @Nullable Boolean umEnabled) {
}
