package org.migrationtracker.backup;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.postgresql.PGConnection;

import javax.sql.DataSource;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.zip.ZipInputStream;

/**
 * Loads a {@link DatabaseDump} into a database: Flyway builds the schema of the dump's version (a database of another
 * version is refused), then, in one transaction, every table is emptied and copied back and each identity continues
 * after its highest id. Needs the database owner (triggers and foreign keys are paused while the rows go in, as
 * pg_restore does with {@code --disable-triggers}). Replaces everything in the target: meant for a fresh database.
 */
public final class DatabaseRestore {

    private DatabaseRestore() {
    }

    /** What was restored: the schema version and each table's rows as PostgreSQL counted them. */
    public record Restored(String schemaVersion, List<String> tables, long rows) {
    }

    public static Restored restore(InputStream dump, DataSource target) throws IOException, SQLException {
        var zip = new ZipInputStream(dump, StandardCharsets.UTF_8);
        var first = zip.getNextEntry();
        if (first == null || !first.getName().equals(DatabaseDump.MANIFEST)) {
            throw new IOException("This is not a tracker backup: it does not start with " + DatabaseDump.MANIFEST);
        }
        var manifest = new Properties();
        manifest.load(new StringReader(new String(zip.readAllBytes(), StandardCharsets.UTF_8)));
        String version = manifest.getProperty("schemaVersion");
        if (version == null || version.isBlank()) {
            throw new IOException("This is not a tracker backup: its manifest names no schemaVersion");
        }
        try {
            Flyway.configure().dataSource(target).locations("classpath:db/migration").target(version).load().migrate();
        } catch (FlywayException e) {
            throw new IOException("The backup has schema version " + version + ", which this release cannot build ("
                    + e.getMessage() + "): restore it with the tracker release that wrote it", e);
        }
        try (var connection = target.getConnection()) {
            String current = DumpTables.schemaVersion(connection);
            if (!current.equals(version)) {
                throw new IOException("The backup has schema version " + version + " but the database has " + current
                        + ": restore it with the tracker release that wrote it");
            }
            connection.setAutoCommit(false);
            try {
                long rows = load(zip, connection);
                connection.commit();
                return new Restored(version, DumpTables.of(connection), rows);
            } catch (IOException | SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        }
    }

    private static long load(ZipInputStream zip, Connection connection) throws IOException, SQLException {
        var tables = DumpTables.of(connection);
        try (var statement = connection.createStatement()) {
            statement.execute("set local session_replication_role = replica");
            statement.execute("truncate " + String.join(", ", tables.stream().map(DumpTables::quoted).toList()));
        }
        var copy = connection.unwrap(PGConnection.class).getCopyAPI();
        var known = new HashSet<>(tables);
        var loaded = new ArrayList<String>();
        long rows = 0;
        for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
            String name = entry.getName();
            String table = name.startsWith(DatabaseDump.TABLES) && name.endsWith(".copy")
                    ? name.substring(DatabaseDump.TABLES.length(), name.length() - ".copy".length()) : "";
            if (!known.contains(table)) {
                throw new IOException("The backup holds " + name + ", which is no table of this schema");
            }
            rows += copy.copyIn("COPY " + DumpTables.quoted(table) + " FROM STDIN (FORMAT binary)", unclosable(zip));
            loaded.add(table);
        }
        continueIdentities(connection, loaded);
        return rows;
    }

    /** Each identity and serial column continues after the highest value restored. */
    private static void continueIdentities(Connection connection, List<String> tables) throws SQLException {
        var sequences = new ArrayList<String[]>();
        try (var statement = connection.prepareStatement("select table_name, column_name from information_schema.columns "
                + "where table_schema = current_schema() and (is_identity = 'YES' or column_default like 'nextval(%')");
             var result = statement.executeQuery()) {
            while (result.next()) {
                sequences.add(new String[] {result.getString(1), result.getString(2)});
            }
        }
        try (var statement = connection.createStatement()) {
            for (var column : sequences) {
                if (tables.contains(column[0])) {
                    String table = DumpTables.quoted(column[0]);
                    String name = DumpTables.quoted(column[1]);
                    statement.execute("select setval(pg_get_serial_sequence('" + table.replace("'", "''") + "', '"
                            + column[1].replace("'", "''") + "'), coalesce((select max(" + name + ") from " + table
                            + "), 0) + 1, false)");
                }
            }
        }
    }

    private static InputStream unclosable(InputStream in) {
        return new FilterInputStream(in) {
            @Override
            public void close() {
                // the ZIP stays open for the next table
            }
        };
    }
}
