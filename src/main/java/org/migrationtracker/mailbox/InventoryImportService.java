package org.migrationtracker.mailbox;

import org.jspecify.annotations.Nullable;
import org.migrationtracker.csv.MeteredImport;
import org.migrationtracker.csv.CsvReader;
import org.migrationtracker.csv.CsvRefusedException;
import org.migrationtracker.csv.ImportLimits;
import org.migrationtracker.i18n.Message;
import org.migrationtracker.project.MigrationMethod;
import org.migrationtracker.project.ProjectService;
import org.migrationtracker.security.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Imports the mailbox inventory: all or nothing. The whole file is checked before anything is written; then
 * new mailboxes are inserted, changed ones updated (upsert by primary SMTP address), each in one set-based
 * statement, with their history, in one transaction.
 */
@Service
public class InventoryImportService {

    public static final int MAX_ROWS = 100_000;
    /** From this many new mailboxes into a table holding fewer, an import is a first load (see below). */
    public static final int BULK_LOAD_ROWS = 10_000;
    /** The helpdesk search's index (db/migration/V009). */
    static final String SEARCH_INDEX = "mailbox_search_trgm_gist_idx";

    private final JdbcTemplate jdbc;
    private final MailboxStore store;
    private final MailboxWrites writes;
    private final ProjectService project;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final CurrentUser currentUser;
    private final ImportLimits limits;
    private final IndexBuilds indexBuilds;

    InventoryImportService(JdbcTemplate jdbc, MailboxStore store, MailboxWrites writes, ProjectService project,
                           ApplicationEventPublisher events, Clock clock, CurrentUser currentUser, ImportLimits limits,
                           IndexBuilds indexBuilds) {
        this.indexBuilds = indexBuilds;
        this.limits = limits;
        this.project = project;
        this.jdbc = jdbc;
        this.store = store;
        this.writes = writes;
        this.events = events;
        this.clock = clock;
        this.currentUser = currentUser;
    }

    /** The imported columns of a stored mailbox, to compare with the file. */
    private record Stored(long id, MailboxValues values) {
    }

    /** What a new mailbox is inserted with: its address, what the file says, and the readiness computed here. */
    private static final List<MailboxColumn<?>> INSERTED = Stream.of(List.<MailboxColumn<?>>of(
            MailboxColumns.PRIMARY_ADDRESS), MailboxColumns.IMPORTED, List.<MailboxColumn<?>>of(MailboxColumns.UM_WAS_ENABLED,
            MailboxColumns.STATE, MailboxColumns.READY, MailboxColumns.READINESS)).flatMap(List::stream).toList();

    private static final String INSERT = "insert into mailbox (" + MailboxColumns.names(INSERTED)
            + ", imported_at, updated_at, updated_by, search_text) select " + MailboxColumns.unnestedValues(INSERTED) + ", ?, ?, ?, "
            // the search text computed here, so that the insert trigger (V009) leaves it
            + "mailbox_search_text_of(u.display_name, u.primary_address, u.alias, "
            + MailboxColumns.PROXY_ADDRESSES.type().fromArray("u.proxy_addresses") + ")"
            + " from unnest(" + MailboxColumns.arrayParameters(INSERTED) + ") with ordinality as u("
            + MailboxColumns.names(INSERTED) + ", ord)"
            + " order by u.ord returning id";

    private static final String UPDATE = "update mailbox m set " + MailboxColumns.assignments(MailboxColumns.IMPORTED)
            // UM enabled once stays "was enabled": the post-migration step to enable it again depends on it
            + ", um_was_enabled = m.um_was_enabled or u.um_enabled"
            + ", updated_at = ?, updated_by = ?, version = m.version + 1"
            + " from unnest(?::bigint[], " + MailboxColumns.arrayParameters(MailboxColumns.IMPORTED) + ") as u(id, "
            + MailboxColumns.names(MailboxColumns.IMPORTED) + ") where m.id = u.id";

    /**
     * @throws CsvRefusedException when the file has any problem; nothing is written then
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    @MeteredImport("inventory")
    public ImportSummary importInventory(String fileName, byte[] content) {
        var table = CsvReader.readAll(fileName, content, limits.rows(MAX_ROWS));
        var parsed = InventoryFile.parse(table);
        table.refuseIfAny(parsed.problems());
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
            if (same(stored, merged)) {
                unchanged++;
            } else {
                toUpdate.add(merged);
                history.addAll(MailboxChanges.between(stored.id(), stored.values(), merged.values(), MailboxColumns.IMPORTED,
                        actor, now, operation));
            }
        }
        var absent = existing.keySet().stream().filter(address -> !inFile.contains(address)).sorted().toList();

        ensureDatabases(parsed.rows(), actor, now);
        // A first load (many rows into a small table) builds the secondary indexes once after the rows are in,
        // instead of growing them row by row: for 100,000 mailboxes this is the difference between seconds and many.
        boolean firstLoad = toInsert.size() >= BULK_LOAD_ROWS && toInsert.size() > existing.size();
        var receiveAs = receiveAsByDatabase();
        var method = project.method();
        var insertedIds = firstLoad
                ? FirstLoad.withoutSecondaryIndexes(jdbc, "mailbox", () -> insert(toInsert, actor, now, method, receiveAs))
                : insert(toInsert, actor, now, method, receiveAs);
        if (firstLoad) {
            // built again two at once once the rows are committed, then analysed (IndexBuilds)
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    indexBuilds.start();
                }
            });
        }
        for (int i = 0; i < insertedIds.size(); i++) {
            history.add(new HistoryEntry(insertedIds.get(i), now, actor, operation, "imported", null,
                    fileName + " line " + toInsert.get(i).line()));
        }
        update(toUpdate, actor, now);
        store.insertHistory(history);

        // new rows got their readiness on insert; updated ones may have changed UM or database
        writes.recomputeReadiness(toUpdate.stream().map(Stored::id).toList(), actor, operation, false);
        var touched = new ArrayList<Long>(insertedIds);
        toUpdate.forEach(stored -> touched.add(stored.id()));
        if (insertedIds.size() > 1_000 && !firstLoad) {
            // fresh statistics after a large import keep the grid's plans right (left to autovacuum, its analyze
            // of the table would come later and take its locks in the middle of whatever runs then)
            jdbc.execute("analyze mailbox");
        }
        if (!touched.isEmpty()) {
            events.publishEvent(new MailboxesChanged(operation, touched));
        }
        var notes = new ArrayList<>(table.notes());
        notes.addAll(parsed.notes());
        if (firstLoad) {
            notes.add(Message.of("inventory.indexes-building", toInsert.size()));
        }
        return new ImportSummary(operation, fileName, parsed.rows().size(), toInsert.size(), toUpdate.size(), unchanged,
                absent.size(), absent.subList(0, Math.min(ImportSummary.ABSENT_LISTED, absent.size())), notes);
    }

    private Map<String, Stored> loadExisting() {
        var map = new HashMap<String, Stored>();
        jdbc.query("select m.id, m.primary_address, " + MailboxColumns.selected(MailboxColumns.IMPORTED) + " from mailbox m", rs -> {
            map.put(rs.getString("primary_address"), new Stored(rs.getLong("id"), MailboxValues.read(rs, MailboxColumns.IMPORTED)));
        });
        return map;
    }

    /** The stored mailbox with what the file says; columns the file lacks keep their stored value. */
    private static Stored merge(Stored s, InventoryRow r) {
        var merged = s.values().copy();
        for (var column : MailboxColumns.IMPORTED) {
            if (r.file().has(column)) {
                merged.withValueOf(column, r.file());
            }
        }
        return new Stored(s.id(), merged);
    }

    private static boolean same(Stored before, Stored after) {
        return MailboxColumns.IMPORTED.stream().allMatch(column -> before.values().sameIn(column, after.values()));
    }

    private void ensureDatabases(List<InventoryRow> rows, String actor, Instant now) {
        var names = new HashMap<String, String>();
        rows.stream().map(row -> row.get(MailboxColumns.DATABASE_NAME)).filter(d -> d != null && !d.isBlank())
                .forEach(d -> names.putIfAbsent(d.toLowerCase(Locale.ROOT), d));
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
        var values = new ArrayList<MailboxValues>(rows.size());
        for (var r : rows) {
            var v = new MailboxValues().with(MailboxColumns.PRIMARY_ADDRESS, r.primaryAddress());
            for (var column : MailboxColumns.IMPORTED) {
                fileOrNew(v, column, r);
            }
            String database = v.get(MailboxColumns.DATABASE_NAME);
            boolean um = v.get(MailboxColumns.UM_ENABLED);
            var check = Readiness.of(new Readiness.Facts(um, false,
                    receiveAs.getOrDefault(database.toLowerCase(Locale.ROOT), false), false), method);
            values.add(v.with(MailboxColumns.UM_WAS_ENABLED, um).with(MailboxColumns.READY, check.ready())
                    .with(MailboxColumns.READINESS, check.reasons())
                    .with(MailboxColumns.STATE, check.ready() ? MailboxState.READY : MailboxState.NOT_READY));
        }
        return jdbc.query(con -> {
            var ps = con.prepareStatement(INSERT);
            int p = 1;
            ps.setTimestamp(p++, Timestamp.from(now));
            ps.setTimestamp(p++, Timestamp.from(now));
            ps.setString(p++, actor);
            for (var column : INSERTED) {
                ps.setArray(p++, MailboxStore.array(con, column, values));
            }
            return ps;
        }, (rs, i) -> rs.getLong(1));
    }

    private static <T extends @Nullable Object> void fileOrNew(MailboxValues v, MailboxColumn<T> column, InventoryRow row) {
        v.with(column, row.file().has(column) ? row.get(column) : column.whenNew());
    }

    private void update(List<Stored> rows, String actor, Instant now) {
        if (rows.isEmpty()) {
            return;
        }
        var values = rows.stream().map(s -> s.values().copy().with(MailboxColumns.ID, s.id())).toList();
        jdbc.update(con -> {
            var ps = con.prepareStatement(UPDATE);
            int p = 1;
            ps.setTimestamp(p++, Timestamp.from(now));
            ps.setString(p++, actor);
            ps.setArray(p++, MailboxStore.array(con, MailboxColumns.ID, values));
            for (var column : MailboxColumns.IMPORTED) {
                ps.setArray(p++, MailboxStore.array(con, column, values));
            }
            return ps;
        });
    }
}
