package org.migrationtracker.mailbox;

import org.jspecify.annotations.Nullable;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Resolves the identities Exchange's exports use (address, alias, display name, "DOMAIN\alias",
 * "contoso.com/Users/Pilar Pinilla") to mailboxes, and database identities ("EXCH01\DB02", "CN=DB02,...") to
 * databases. A name two mailboxes share resolves to neither. A plain value: {@code DirectoryStore} reads it.
 */
public record MailboxDirectory(Map<String, Long> byKey, Set<String> ambiguous, Map<String, String> databases) {

    /** By address, alias, display name, "DOMAIN\alias" or the last part of a canonical name ("contoso.com/Users/Pilar Pinilla"). */
    public @Nullable Long mailbox(String identity) {
        for (String key : keysOf(identity)) {
            if (!ambiguous.contains(key) && byKey.containsKey(key)) {
                return byKey.get(key);
            }
        }
        return null;
    }

    /** By name, "SERVER\DB02" or "CN=DB02,CN=Databases,...". */
    public @Nullable String database(String identity) {
        String id = identity.strip().toLowerCase(Locale.ROOT);
        if (id.startsWith("cn=")) {
            int comma = id.indexOf(',');
            id = id.substring(3, comma < 0 ? id.length() : comma);
        }
        for (String key : List.of(id, afterLast(id, '\\'), afterLast(id, '/'))) {
            if (databases.containsKey(key)) {
                return databases.get(key);
            }
        }
        return null;
    }

    /** The keys an identity is looked up by, in order: itself, after the last \\, after the last / (lower case). */
    static List<String> keysOf(String identity) {
        String id = identity.strip().toLowerCase(Locale.ROOT);
        return List.of(id, afterLast(id, '\\'), afterLast(id, '/'));
    }

    private static String afterLast(String value, char separator) {
        int at = value.lastIndexOf(separator);
        return at < 0 ? value : value.substring(at + 1);
    }
}
