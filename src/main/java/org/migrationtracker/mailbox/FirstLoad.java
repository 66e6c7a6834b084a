package org.migrationtracker.mailbox;

import org.springframework.jdbc.core.JdbcTemplate;

import java.util.function.Supplier;

/**
 * A first load of many rows into a nearly empty table: the table's secondary indexes are dropped before the rows go
 * in, and built again, exactly as the migrations defined them, after the load has committed ({@link IndexBuilds}).
 * Building an index over 100,000 rows costs a fraction of growing it row by row (the trigram GiST and the GIN of
 * addresses most of all), and after the commit two can be built at once. Unique indexes and those behind constraints
 * stay: they guard the rows while they go in. Each dropped index's definition is written to {@code pending_index} in
 * the same transaction, so a failure rolls the drops back with the rows and their pending entries, and a crash after
 * the commit leaves the entries for the next start. The drops hold the table's exclusive lock until commit, which
 * only a first load can afford.
 */
final class FirstLoad {

    /** Memory for each index build (PostgreSQL's default is 64 MB). */
    static final String BUILD_MEMORY = "256MB";
    /**
     * Memory for the insert's own work in this transaction only (PostgreSQL's default is 4 MB): the rows unnested from
     * their arrays stay in memory instead of a temporary file (100,000 mailboxes: 37 MB; docs/adr/0045).
     */
    static final String LOAD_MEMORY = "64MB";

    private FirstLoad() {
    }

    /** Runs the load with the table's secondary indexes dropped and left pending; the caller starts their builds after commit. */
    static <T> T withoutSecondaryIndexes(JdbcTemplate jdbc, String table, Supplier<T> load) {
        var dropped = jdbc.queryForList("""
                insert into pending_index (name, table_name, definition, dropped_at)
                select c.relname, ?, pg_get_indexdef(i.indexrelid), now() from pg_index i join pg_class c on c.oid = i.indexrelid
                where i.indrelid = ?::regclass and not i.indisunique and not i.indisprimary
                  and not exists (select 1 from pg_constraint k where k.conindid = i.indexrelid)
                on conflict (name) do nothing
                returning name""", String.class, table, table);
        dropped.stream().sorted().forEach(name -> jdbc.execute("drop index " + name));
        jdbc.execute("set local work_mem = '" + LOAD_MEMORY + "'");
        return load.get();
    }
}
