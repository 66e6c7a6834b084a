package org.migrationtracker.backup;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The tables of the tracker's schema as PostgreSQL's catalogue lists them, found at run time: the dump copies every
 * table whole, whichever module owns it, as pg_dump would, without naming any (docs/adr/0038).
 */
final class DumpTables {

    private DumpTables() {
    }

    /** Every ordinary table of the current schema, Flyway's history included, by name. */
    static List<String> of(Connection connection) throws SQLException {
        var tables = new ArrayList<String>();
        try (var statement = connection.prepareStatement("select c.relname from pg_class c "
                + "join pg_namespace n on n.oid = c.relnamespace where n.nspname = current_schema() "
                + "and c.relkind in ('r', 'p') order by c.relname");
             var rows = statement.executeQuery()) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        }
        return tables;
    }

    /** The schema version Flyway last applied successfully. */
    static String schemaVersion(Connection connection) throws SQLException {
        try (var statement = connection.prepareStatement("select version from flyway_schema_history "
                + "where success and version is not null order by installed_rank desc limit 1");
             var rows = statement.executeQuery()) {
            if (!rows.next()) {
                throw new IllegalStateException("The database has no schema version: Flyway has not migrated it");
            }
            return rows.getString(1);
        }
    }

    static String quoted(String table) {
        return "\"" + table.replace("\"", "\"\"") + "\"";
    }
}
