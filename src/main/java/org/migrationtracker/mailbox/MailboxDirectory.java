package org.migrationtracker.mailbox;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Resolves the identities Exchange's exports use (address, alias, display name, "DOMAIN\alias",
 * "contoso.com/Users/Pilar Pinilla") to mailboxes, and database identities ("EXCH01\DB02", "CN=DB02,...") to
 * databases. A name two mailboxes share resolves to neither.
 */
public record MailboxDirectory(Map<String, Long> byKey, Set<String> ambiguous, Map<String, String> databases) {

    static MailboxDirectory load(JdbcTemplate jdbc) {
        var byKey = new HashMap<String, Long>();
        var ambiguous = new java.util.HashSet<String>();
        jdbc.query("select id, primary_address, alias, lower(display_name), proxy_addresses from mailbox", rs -> {
            long id = rs.getLong(1);
            var keys = new ArrayList<String>();
            keys.add(rs.getString(2));
            keys.add(rs.getString(3).toLowerCase(Locale.ROOT));
            keys.add(rs.getString(4));
            keys.addAll(List.of((String[]) rs.getArray(5).getArray()));
            for (String key : keys) {
                if (key.isBlank()) {
                    continue;
                }
                Long other = byKey.putIfAbsent(key, id);
                if (other != null && other != id) {
                    ambiguous.add(key);
                }
            }
        });
        var databases = new LinkedHashMap<String, String>();
        jdbc.query("select name_key, name from mailbox_database", rs -> {
            databases.put(rs.getString(1), rs.getString(2));
        });
        return new MailboxDirectory(byKey, ambiguous, databases);
    }

    /** By address, alias, display name, "DOMAIN\alias" or the last part of a canonical name ("contoso.com/Users/Pilar Pinilla"). */
    public @Nullable Long mailbox(String identity) {
        String id = identity.strip().toLowerCase(Locale.ROOT);
        for (String key : List.of(id, afterLast(id, '\\'), afterLast(id, '/'))) {
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

    private static String afterLast(String value, char separator) {
        int at = value.lastIndexOf(separator);
        return at < 0 ? value : value.substring(at + 1);
    }
}
