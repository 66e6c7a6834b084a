package org.migrationtracker.mailbox;

import org.jspecify.annotations.Nullable;

import java.util.List;

import static org.migrationtracker.mailbox.MailboxColumns.*;

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

    static InventoryFacts of(MailboxValues v) {
        return new InventoryFacts(v.get(PRIMARY_ADDRESS), v.get(DISPLAY_NAME), v.get(ALIAS), v.get(DEPARTMENT),
                v.get(DATABASE_NAME), v.get(RECIPIENT_TYPE), v.get(SIZE_BYTES), v.get(PROXY_ADDRESSES),
                v.get(PREFERRED_LANGUAGE), v.get(UM_ENABLED), v.get(UM_WAS_ENABLED));
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
