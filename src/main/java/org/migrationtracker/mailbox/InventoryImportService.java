package org.migrationtracker.mailbox;

import org.jspecify.annotations.Nullable;
import org.migrationtracker.csv.CsvReader;
import org.migrationtracker.csv.CsvRefusedException;
import org.migrationtracker.project.MigrationMethod;
import org.migrationtracker.project.ProjectService;
import org.migrationtracker.security.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Imports the mailbox inventory: all or nothing. The whole file is checked before anything is written; then
 * new mailboxes are inserted, changed ones updated (upsert by primary SMTP address), each in one set-based
 * statement, with their history, in one transaction.
 */
@Service
public class InventoryImportService {

    public static final int MAX_ROWS = 100_000;
    /** From this many new mailboxes into a table holding fewer, an import is a first load (see below). */
    static final int BULK_LOAD_ROWS = 10_000;
    /** The helpdesk search's index (db/migration/V009). */
    static final String SEARCH_INDEX = "mailbox_search_trgm_gist_idx";
    private static final char LIST_SEPARATOR = '\u001f';

    private final JdbcTemplate jdbc;
    private final MailboxStore store;
    private final MailboxService mailboxes;
    private final ProjectService project;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final CurrentUser currentUser;

    InventoryImportService(JdbcTemplate jdbc, MailboxStore store, MailboxService mailboxes, ProjectService project,
                           ApplicationEventPublisher events, Clock clock, CurrentUser currentUser) {
        this.project = project;
        this.jdbc = jdbc;
        this.store = store;
        this.mailboxes = mailboxes;
        this.events = events;
        this.clock = clock;
        this.currentUser = currentUser;
    }

    /** The inventory fields of a stored mailbox, to compare with the file. */
    private record Stored(long id, String displayName, String alias, String department, String database,
                          RecipientType recipientType, @Nullable Long sizeBytes, List<String> proxies, List<String> x500,
                          boolean umEnabled) {
    }

    /**
     * @throws CsvRefusedException when the file has any problem; nothing is written then
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public ImportSummary importInventory(String fileName, byte[] content) {
        var table = CsvReader.read(fileName, content, MAX_ROWS);
        var parsed = InventoryFile.parse(table);
        if (!parsed.problems().isEmpty()) {
            throw new CsvRefusedException(fileName, parsed.problems());
        }
        String actor = currentUser.actor();
        Instant now = clock.instant();
        var operation = UUID.randomUUID();
        jdbc.execute("lock table mailbox in share row exclusive mode"); // two imports at once would race on the same addresses
        Map<String, Stored> existing = loadExisting();

        var toInsert = new ArrayList<InventoryRow>();
        var toUpdate = new ArrayList<Stored>();
        var history = new ArrayList<HistoryEntry>();
        var inFile = new HashSet<String>();
        int unchanged = 0;
        for (var row : parsed.rows()) {
            inFile.add(row.primaryAddress());
            var stored = existing.get(row.primaryAddress());
            if (stored == null) {
                toInsert.add(row);
                continue;
            }
            var merged = merge(stored, row);
            if (merged.equals(stored)) {
                unchanged++;
            } else {
                toUpdate.add(merged);
                history.addAll(differences(stored, merged, actor, now, operation));
            }
        }
        var absent = existing.keySet().stream().filter(address -> !inFile.contains(address)).sorted().toList();

        ensureDatabases(parsed.rows(), actor, now);
        // A first load (many rows into a small table) builds the search index once after the rows are in, instead
        // of growing it row by row: for 100,000 mailboxes this is the difference between seconds and many seconds.
        // The drop takes the table's exclusive lock until commit, which only a first load can afford.
        boolean firstLoad = toInsert.size() >= BULK_LOAD_ROWS && toInsert.size() > existing.size();
        String searchIndex = firstLoad ? jdbc.query("select indexdef from pg_indexes where schemaname = current_schema() and indexname = ?",
                rs -> rs.next() ? rs.getString(1) : null, SEARCH_INDEX) : null;
        if (searchIndex != null) {
            jdbc.execute("drop index " + SEARCH_INDEX);
        }
        var insertedIds = insert(toInsert, actor, now, project.method(), receiveAsByDatabase());
        if (searchIndex != null) {
            jdbc.execute(searchIndex); // as it was defined, by the migrations
        }
        for (int i = 0; i < insertedIds.size(); i++) {
            history.add(new HistoryEntry(insertedIds.get(i), now, actor, operation, "imported", null,
                    fileName + " line " + toInsert.get(i).line()));
        }
        update(toUpdate, actor, now);
        store.insertHistory(history);

        // new rows got their readiness on insert; updated ones may have changed UM or database
        mailboxes.recomputeReadiness(toUpdate.stream().map(Stored::id).toList(), actor, operation);
        var touched = new ArrayList<Long>(insertedIds);
        toUpdate.forEach(stored -> touched.add(stored.id()));
        if (insertedIds.size() > 1_000) {
            jdbc.execute("analyze mailbox"); // fresh statistics after a large import keep the grid's plans right
        }
        if (!touched.isEmpty()) {
            events.publishEvent(new MailboxesChanged(operation, touched));
        }
        var notes = new ArrayList<>(table.notes());
        return new ImportSummary(operation, fileName, parsed.rows().size(), toInsert.size(), toUpdate.size(), unchanged,
                absent.size(), absent.subList(0, Math.min(ImportSummary.ABSENT_LISTED, absent.size())), notes);
    }

    private Map<String, Stored> loadExisting() {
        var map = new HashMap<String, Stored>();
        jdbc.query("""
                select id, primary_address, display_name, alias, department, database_name, recipient_type, size_bytes,
                       array_to_string(proxy_addresses, E'\\x1f'), um_enabled, array_to_string(x500_addresses, E'\\x1f')
                from mailbox""", rs -> {
            map.put(rs.getString(2), new Stored(rs.getLong(1), rs.getString(3), rs.getString(4), rs.getString(5),
                    rs.getString(6), RecipientType.valueOf(rs.getString(7)), (Long) rs.getObject(8), list(rs.getString(9)),
                    list(rs.getString(11)), rs.getBoolean(10)));
        });
        return map;
    }

    private static List<String> list(@Nullable String joined) {
        return joined == null || joined.isEmpty() ? List.of() : List.of(joined.split(String.valueOf(LIST_SEPARATOR)));
    }

    /** The stored mailbox with what the file says; columns the file lacks keep their stored value. */
    private static Stored merge(Stored s, InventoryRow r) {
        return new Stored(s.id(),
                r.displayName() == null ? s.displayName() : r.displayName(),
                r.alias() == null ? s.alias() : r.alias(),
                r.department() == null ? s.department() : r.department(),
                r.database() == null ? s.database() : r.database(),
                r.recipientType() == null ? s.recipientType() : r.recipientType(),
                r.sizeBytes() == null ? s.sizeBytes() : r.sizeBytes(),
                r.proxyAddresses() == null ? s.proxies() : r.proxyAddresses(),
                r.x500Addresses() == null ? s.x500() : r.x500Addresses(),
                r.umEnabled() == null ? s.umEnabled() : r.umEnabled());
    }

    private static List<HistoryEntry> differences(Stored before, Stored after, String actor, Instant now, UUID operation) {
        var entries = new ArrayList<HistoryEntry>();
        compare(entries, before.id(), "display_name", before.displayName(), after.displayName(), actor, now, operation);
        compare(entries, before.id(), "alias", before.alias(), after.alias(), actor, now, operation);
        compare(entries, before.id(), "department", before.department(), after.department(), actor, now, operation);
        compare(entries, before.id(), "database", before.database(), after.database(), actor, now, operation);
        compare(entries, before.id(), "recipient_type", before.recipientType(), after.recipientType(), actor, now, operation);
        compare(entries, before.id(), "size_bytes", before.sizeBytes(), after.sizeBytes(), actor, now, operation);
        compare(entries, before.id(), "proxy_addresses", String.join(";", before.proxies()), String.join(";", after.proxies()),
                actor, now, operation);
        compare(entries, before.id(), "x500_addresses", String.join(";", before.x500()), String.join(";", after.x500()),
                actor, now, operation);
        compare(entries, before.id(), "um_enabled", before.umEnabled(), after.umEnabled(), actor, now, operation);
        return entries;
    }

    private static void compare(List<HistoryEntry> entries, long id, String field, @Nullable Object before,
                                @Nullable Object after, String actor, Instant now, UUID operation) {
        if (!Objects.equals(before, after)) {
            entries.add(new HistoryEntry(id, now, actor, operation, field, before == null ? null : before.toString(),
                    after == null ? null : after.toString()));
        }
    }

    private void ensureDatabases(List<InventoryRow> rows, String actor, Instant now) {
        var names = new HashMap<String, String>();
        rows.stream().map(InventoryRow::database).filter(d -> d != null && !d.isBlank())
                .forEach(d -> names.putIfAbsent(d.toLowerCase(java.util.Locale.ROOT), d));
        if (names.isEmpty()) {
            return;
        }
        jdbc.update(con -> {
            var ps = con.prepareStatement("""
                    insert into mailbox_database (name_key, name, receive_as, updated_at, updated_by)
                    select lower(n), n, false, ?, ? from unnest(?::text[]) as n
                    on conflict (name_key) do nothing""");
            ps.setTimestamp(1, Timestamp.from(now));
            ps.setString(2, actor);
            ps.setArray(3, con.createArrayOf("text", names.values().toArray()));
            return ps;
        });
    }

    private Map<String, Boolean> receiveAsByDatabase() {
        var map = new HashMap<String, Boolean>();
        jdbc.query("select name_key, receive_as from mailbox_database", rs -> {
            map.put(rs.getString(1), rs.getBoolean(2));
        });
        return map;
    }

    private List<Long> insert(List<InventoryRow> rows, String actor, Instant now, MigrationMethod method,
                              Map<String, Boolean> receiveAs) {
        if (rows.isEmpty()) {
            return List.of();
        }
        int n = rows.size();
        var address = new String[n];
        var display = new String[n];
        var alias = new String[n];
        var department = new String[n];
        var database = new String[n];
        var type = new String[n];
        var size = new Long[n];
        var proxies = new String[n];
        var x500 = new String[n];
        var um = new Boolean[n];
        var ready = new Boolean[n];
        var readiness = new String[n];
        var state = new String[n];
        for (int i = 0; i < n; i++) {
            var r = rows.get(i);
            boolean receiveAsOnDatabase = r.database() != null
                    && receiveAs.getOrDefault(r.database().toLowerCase(java.util.Locale.ROOT), false);
            var check = Readiness.of(new Readiness.Facts(Boolean.TRUE.equals(r.umEnabled()), false, receiveAsOnDatabase, false), method);
            ready[i] = check.ready();
            readiness[i] = MailboxStore.joinReasons(check.reasons());
            state[i] = (check.ready() ? MailboxState.READY : MailboxState.NOT_READY).name();
            address[i] = r.primaryAddress();
            display[i] = Objects.requireNonNullElse(r.displayName(), "");
            alias[i] = Objects.requireNonNullElse(r.alias(), "");
            department[i] = Objects.requireNonNullElse(r.department(), "");
            database[i] = Objects.requireNonNullElse(r.database(), "");
            type[i] = Objects.requireNonNullElse(r.recipientType(), RecipientType.USER).name();
            size[i] = r.sizeBytes();
            proxies[i] = r.proxyAddresses() == null ? "" : String.join(String.valueOf(LIST_SEPARATOR), r.proxyAddresses());
            x500[i] = r.x500Addresses() == null ? "" : String.join(String.valueOf(LIST_SEPARATOR), r.x500Addresses());
            um[i] = Boolean.TRUE.equals(r.umEnabled());
        }
        return jdbc.query(con -> {
            var ps = con.prepareStatement("""
                    insert into mailbox (primary_address, display_name, alias, department, database_name, recipient_type,
                                         size_bytes, proxy_addresses, x500_addresses, um_enabled, um_was_enabled, state,
                                         ready, readiness, imported_at, updated_at, updated_by, search_text)
                    select u.address, u.display, u.alias, u.department, u.database, u.type, u.size, p.list,
                           case when u.x500 = '' then '{}'::text[] else string_to_array(u.x500, E'\\x1f') end,
                           u.um, u.um, u.state, u.ready,
                           case when u.readiness = '' then '{}'::text[] else string_to_array(u.readiness, ',') end, ?, ?, ?,
                           mailbox_search_text_of(u.display, u.address, u.alias, p.list)
                    from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::bigint[], ?::text[], ?::text[],
                                ?::boolean[], ?::text[], ?::boolean[], ?::text[])
                        with ordinality as u(address, display, alias, department, database, type, size, proxies, x500, um, state,
                                             ready, readiness, ord)
                    cross join lateral (select case when u.proxies = '' then '{}'::text[]
                                                    else string_to_array(u.proxies, E'\\x1f') end as list) p
                    order by u.ord
                    returning id""");
            int p = 1;
            ps.setTimestamp(p++, Timestamp.from(now));
            ps.setTimestamp(p++, Timestamp.from(now));
            ps.setString(p++, actor);
            ps.setArray(p++, con.createArrayOf("text", address));
            ps.setArray(p++, con.createArrayOf("text", display));
            ps.setArray(p++, con.createArrayOf("text", alias));
            ps.setArray(p++, con.createArrayOf("text", department));
            ps.setArray(p++, con.createArrayOf("text", database));
            ps.setArray(p++, con.createArrayOf("text", type));
            ps.setArray(p++, con.createArrayOf("bigint", size));
            ps.setArray(p++, con.createArrayOf("text", proxies));
            ps.setArray(p++, con.createArrayOf("text", x500));
            ps.setArray(p++, con.createArrayOf("boolean", um));
            ps.setArray(p++, con.createArrayOf("text", state));
            ps.setArray(p++, con.createArrayOf("boolean", ready));
            ps.setArray(p, con.createArrayOf("text", readiness));
            return ps;
        }, (rs, i) -> rs.getLong(1));
    }

    private void update(List<Stored> rows, String actor, Instant now) {
        if (rows.isEmpty()) {
            return;
        }
        int n = rows.size();
        var id = new Long[n];
        var display = new String[n];
        var alias = new String[n];
        var department = new String[n];
        var database = new String[n];
        var type = new String[n];
        var size = new Long[n];
        var proxies = new String[n];
        var x500 = new String[n];
        var um = new Boolean[n];
        for (int i = 0; i < n; i++) {
            var s = rows.get(i);
            id[i] = s.id();
            display[i] = s.displayName();
            alias[i] = s.alias();
            department[i] = s.department();
            database[i] = s.database();
            type[i] = s.recipientType().name();
            size[i] = s.sizeBytes();
            proxies[i] = String.join(String.valueOf(LIST_SEPARATOR), s.proxies());
            x500[i] = String.join(String.valueOf(LIST_SEPARATOR), s.x500());
            um[i] = s.umEnabled();
        }
        jdbc.update(con -> {
            var ps = con.prepareStatement("""
                    update mailbox m set display_name = u.display, alias = u.alias, department = u.department,
                        database_name = u.database, recipient_type = u.type, size_bytes = u.size,
                        proxy_addresses = case when u.proxies = '' then '{}'::text[] else string_to_array(u.proxies, E'\\x1f') end,
                        x500_addresses = case when u.x500 = '' then '{}'::text[] else string_to_array(u.x500, E'\\x1f') end,
                        um_enabled = u.um, um_was_enabled = m.um_was_enabled or u.um,
                        updated_at = ?, updated_by = ?, version = m.version + 1
                    from unnest(?::bigint[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::bigint[], ?::text[], ?::text[],
                                ?::boolean[])
                        as u(id, display, alias, department, database, type, size, proxies, x500, um)
                    where m.id = u.id""");
            int p = 1;
            ps.setTimestamp(p++, Timestamp.from(now));
            ps.setString(p++, actor);
            ps.setArray(p++, con.createArrayOf("bigint", id));
            ps.setArray(p++, con.createArrayOf("text", display));
            ps.setArray(p++, con.createArrayOf("text", alias));
            ps.setArray(p++, con.createArrayOf("text", department));
            ps.setArray(p++, con.createArrayOf("text", database));
            ps.setArray(p++, con.createArrayOf("text", type));
            ps.setArray(p++, con.createArrayOf("bigint", size));
            ps.setArray(p++, con.createArrayOf("text", proxies));
            ps.setArray(p++, con.createArrayOf("text", x500));
            ps.setArray(p, con.createArrayOf("boolean", um));
            return ps;
        });
    }
}
