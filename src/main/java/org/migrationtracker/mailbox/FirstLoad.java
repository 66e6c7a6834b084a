package org.migrationtracker.mailbox;

import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.function.Supplier;

/**
 * A first load of many rows into a nearly empty table: the table's secondary indexes are dropped before the rows go
 * in and built again, exactly as the migrations defined them, once they are in. Building an index over 100,000 rows
 * costs a fraction of growing it row by row (the trigram GiST and the GIN of addresses most of all). Unique indexes
 * and those behind constraints stay: they guard the rows while they go in. The drops hold the table's exclusive lock
 * until commit, which only a first load can afford, and a failure rolls the drops back with the rows.
 */
final class FirstLoad {

    /** Memory for the index builds of this transaction only (PostgreSQL's default is 64 MB). */
    static final String BUILD_MEMORY = "256MB";
    /**
     * Memory for the insert's own work in this transaction only (PostgreSQL's default is 4 MB): the rows unnested from
     * their arrays stay in memory instead of a temporary file (100,000 mailboxes: 37 MB; docs/adr/0045).
     */
    static final String LOAD_MEMORY = "64MB";

    private record Index(String name, String definition) {
    }

    private FirstLoad() {
    }

    static <T> T withoutSecondaryIndexes(JdbcTemplate jdbc, String table, Supplier<T> load) {
        List<Index> indexes = jdbc.query("""
                select c.relname, pg_get_indexdef(i.indexrelid) from pg_index i join pg_class c on c.oid = i.indexrelid
                where i.indrelid = ?::regclass and not i.indisunique and not i.indisprimary
                  and not exists (select 1 from pg_constraint k where k.conindid = i.indexrelid)
                order by c.relname""", (rs, n) -> new Index(rs.getString(1), rs.getString(2)), table);
        indexes.forEach(index -> jdbc.execute("drop index " + index.name()));
        jdbc.execute("set local work_mem = '" + LOAD_MEMORY + "'");
        T result = load.get();
        jdbc.execute("set local maintenance_work_mem = '" + BUILD_MEMORY + "'");
        indexes.forEach(index -> jdbc.execute(index.definition()));
        return result;
    }
}
