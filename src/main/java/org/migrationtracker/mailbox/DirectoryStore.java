package org.migrationtracker.mailbox;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Repository;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Reads the identities Exchange's exports use into a {@link MailboxDirectory}: every mailbox's, or those an export names. */
@Repository
class DirectoryStore {

    private final JdbcTemplate jdbc;

    DirectoryStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Every mailbox's identities. */
    MailboxDirectory directory() {
        return directory("select id, primary_address, alias, lower(display_name), proxy_addresses from mailbox", null);
    }

    /**
     * The identities of the mailboxes these identities can name (by any of the keys {@link MailboxDirectory#mailbox}
     * tries): every mailbox that has one of their keys as address, alias or display name, so that a key two mailboxes
     * share is ambiguous here as it is in the whole directory. Four index lookups (V033), not a pass over the table.
     */
    MailboxDirectory directory(Collection<String> identities) {
        var keys = identities.stream().flatMap(identity -> MailboxDirectory.keysOf(identity).stream())
                // PostgreSQL's text cannot hold a NUL, so no mailbox has such a key (and the array would be refused)
                .filter(key -> !key.isBlank() && key.indexOf('\u0000') < 0).distinct().toArray(String[]::new);
        if (keys.length == 0) {
            return new MailboxDirectory(Map.of(), Set.of(), databases());
        }
        return directory(BY_KEYS, keys);
    }

    /**
     * The mailboxes with one of the keys (?, the same array four times) as primary address, alias or display name (an
     * index each) or as a proxy address (one pass over every proxy, hashed against the keys). A union, not one WHERE
     * with OR, and no overlap ({@code &&}) with the proxies: the planner cannot tell how many rows an overlap with
     * thousands of addresses matches, read the whole table for it and compared every row's proxies with every key
     * (4.5 s for 2,000 identities at 100,000 mailboxes). A mailbox found twice is read twice; its keys are the same.
     */
    static final String BY_KEYS = """
            select id, primary_address, alias, lower(display_name), proxy_addresses from mailbox where primary_address = any(?)
            union all select id, primary_address, alias, lower(display_name), proxy_addresses from mailbox where lower(alias) = any(?)
            union all select id, primary_address, alias, lower(display_name), proxy_addresses from mailbox where lower(display_name) = any(?)
            union all select id, primary_address, alias, lower(display_name), proxy_addresses from mailbox where id in (
              select p.id from (select id, unnest(proxy_addresses) as address from mailbox) as p
              where p.address in (select unnest(?::text[])))""";

    private MailboxDirectory directory(String select, String @Nullable [] keys) {
        var byKey = new HashMap<String, Long>();
        var ambiguous = new HashSet<String>();
        RowCallbackHandler row = rs -> {
            long id = rs.getLong(1);
            var keysOfRow = new ArrayList<String>();
            keysOfRow.add(rs.getString(2));
            keysOfRow.add(rs.getString(3).toLowerCase(Locale.ROOT));
            keysOfRow.add(rs.getString(4));
            keysOfRow.addAll(List.of((String[]) rs.getArray(5).getArray()));
            for (String key : keysOfRow) {
                if (key.isBlank()) {
                    continue;
                }
                Long other = byKey.putIfAbsent(key, id);
                if (other != null && other != id) {
                    ambiguous.add(key);
                }
            }
        };
        if (keys == null) {
            jdbc.query(select, row);
        } else {
            jdbc.query(con -> {
                var ps = con.prepareStatement(select);
                var array = con.createArrayOf("text", keys);
                for (int p = 1; p <= 4; p++) {
                    ps.setArray(p, array);
                }
                return ps;
            }, row);
        }
        return new MailboxDirectory(byKey, ambiguous, databases());
    }

    private Map<String, String> databases() {
        var databases = new LinkedHashMap<String, String>();
        jdbc.query("select name_key, name from mailbox_database", rs -> {
            databases.put(rs.getString(1), rs.getString(2));
        });
        return databases;
    }

    /** Below this many addresses the indexes find them faster than one pass over the table. */
    static final int INDEXED_LOOKUP_LIMIT = 50;

    /** A mailbox found by one of its addresses. */
    record Found(long id, String primaryAddress) {
    }

    /**
     * The mailboxes found by address (lower case), and the addresses that are a proxy of more than one mailbox and
     * no mailbox's primary address (they name no mailbox: the message would point to the wrong one).
     */
    record Matches(Map<String, Found> found, Set<String> shared) {
    }

    /** The mailboxes with these addresses (lower case) as primary or proxy address: see {@link #find}. */
    Map<String, Long> byAddress(Collection<String> addresses) {
        var ids = new HashMap<String, Long>();
        find(addresses).found().forEach((address, found) -> ids.put(address, found.id()));
        return ids;
    }

    /**
     * Of the addresses, those that are another mailbox's proxy address and no mailbox's primary one, with that
     * mailbox's primary address (a batch file must name mailboxes by their primary address).
     */
    Map<String, String> primaryOfProxies(Collection<String> addresses) {
        var primaries = new HashMap<String, String>();
        find(addresses.stream().map(a -> a.strip().toLowerCase(Locale.ROOT)).toList()).found().forEach((address, found) -> {
            if (!found.primaryAddress().equals(address)) {
                primaries.put(address, found.primaryAddress());
            }
        });
        return primaries;
    }

    /**
     * The mailboxes with these addresses (lower case) as primary or proxy address, in one query; a primary address
     * wins over another mailbox's proxy, and a proxy address two mailboxes share resolves to neither.
     */
    Matches find(Collection<String> addresses) {
        if (addresses.isEmpty()) {
            return new Matches(Map.of(), Set.of());
        }
        var found = new HashMap<String, Found>();
        var primary = new HashSet<String>();
        var shared = new HashSet<String>();
        // a few addresses: the primary key's and the proxies' indexes; many: one pass over the table, not one index
        // probe per address (the GIN index on the proxies is slow to probe 2,000 times while its pending list is full,
        // right after an inventory import)
        String sql = addresses.size() <= INDEXED_LOOKUP_LIMIT ? """
                select k.address, m.id, m.primary_address
                from unnest(?::text[]) as k(address)
                join mailbox m on m.primary_address = k.address or m.proxy_addresses @> array[k.address]
                order by k.address = m.primary_address desc""" : """
                select k.address, m.id, m.primary_address
                from mailbox m cross join lateral unnest(array_prepend(m.primary_address::text, m.proxy_addresses)) as a(address)
                join unnest(?::text[]) as k(address) on k.address = a.address
                order by a.address = m.primary_address desc""";
        jdbc.query(con -> {
            var ps = con.prepareStatement(sql);
            ps.setArray(1, con.createArrayOf("text", addresses.toArray()));
            return ps;
        }, rs -> {
            String address = rs.getString(1);
            var mailbox = new Found(rs.getLong(2), rs.getString(3));
            if (mailbox.primaryAddress().equals(address)) {
                primary.add(address);
                found.put(address, mailbox);
            } else if (!primary.contains(address)) {
                var other = found.putIfAbsent(address, mailbox);
                if (other != null && other.id() != mailbox.id()) {
                    shared.add(address);
                }
            }
        });
        shared.forEach(found::remove);
        return new Matches(found, shared);
    }
}
