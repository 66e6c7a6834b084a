package org.migrationtracker.backup;

import org.postgresql.PGConnection;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import javax.sql.DataSource;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A consistent dump of the whole database, for the embedded PostgreSQL, whose binaries have no pg_dump: one ZIP with
 * {@code manifest.properties} (schema version, tables) and each table as PostgreSQL's binary COPY, all read in one
 * repeatable-read transaction, so the tables show one moment. {@link DatabaseRestore} loads it into a fresh database.
 * Streams: no table is held in memory.
 */
@Service
public class DatabaseDump {

    static final String MANIFEST = "manifest.properties";
    static final String TABLES = "tables/";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmm").withZone(ZoneOffset.UTC);

    private final DataSource dataSource;
    private final Clock clock;

    DatabaseDump(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    @PreAuthorize("hasRole('ADMIN')")
    public String fileName() {
        return "migration-tracker-backup-" + STAMP.format(clock.instant()) + ".zip";
    }

    /** Writes the dump to {@code out} (left open). */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public void write(OutputStream out) throws IOException {
        var connection = DataSourceUtils.getConnection(dataSource);
        try {
            var copy = connection.unwrap(PGConnection.class).getCopyAPI();
            var tables = DumpTables.of(connection);
            var zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
            zip.putNextEntry(new ZipEntry(MANIFEST));
            zip.write(("format=1\nschemaVersion=" + DumpTables.schemaVersion(connection) + "\ncreatedAt=" + clock.instant()
                    + "\ntables=" + String.join(",", tables) + "\n").getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            var entry = unclosable(zip);
            for (var table : tables) {
                zip.putNextEntry(new ZipEntry(TABLES + table + ".copy"));
                copy.copyOut("COPY " + DumpTables.quoted(table) + " TO STDOUT (FORMAT binary)", entry);
                zip.closeEntry();
            }
            zip.finish();
        } catch (SQLException e) {
            throw new IOException("The database could not be dumped: " + e.getMessage(), e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    private static OutputStream unclosable(OutputStream out) {
        return new FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() {
                // the ZIP stays open for the next table
            }
        };
    }
}
