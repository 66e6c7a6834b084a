package org.migrationtracker.mailbox;

import org.jspecify.annotations.Nullable;

import java.util.List;

/**
 * What the inventory says about a mailbox: who it is, where it lives, its type, size, addresses and language, and
 * whether Unified Messaging is on. Written by the import; admins change the language and the UM state.
 *
 * @param umWasEnabled UM was on at some point, so it must be turned on again in the cloud after the move
 */
public record InventoryFacts(String primaryAddress, String displayName, String alias, String department,
                             String databaseName, RecipientType recipientType, @Nullable Long sizeBytes,
                             List<String> proxyAddresses, PreferredLanguage preferredLanguage, boolean umEnabled,
                             boolean umWasEnabled) {

    public InventoryFacts {
        proxyAddresses = List.copyOf(proxyAddresses);
    }

    /** The display name, or the address where the inventory gave none. */
    public String name() {
        return displayName.isBlank() ? primaryAddress : displayName;
    }

    /**
     * Only user mailboxes need a licence (000: "for each user mailbox you migrate"); shared, room and equipment
     * mailboxes never count as missing one.
     */
    public boolean needsLicence() {
        return recipientType == RecipientType.USER;
    }

    /** UM turned on or off; once on, it stays remembered as having been on. */
    InventoryFacts withUmEnabled(boolean enabled) {
        return new InventoryFacts(primaryAddress, displayName, alias, department, databaseName, recipientType, sizeBytes,
                proxyAddresses, preferredLanguage, enabled, umWasEnabled || enabled);
    }

    InventoryFacts withPreferredLanguage(PreferredLanguage language) {
        return new InventoryFacts(primaryAddress, displayName, alias, department, databaseName, recipientType, sizeBytes,
                proxyAddresses, language, umEnabled, umWasEnabled);
    }
}
