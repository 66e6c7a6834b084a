package org.migrationtracker.csv;

import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.util.List;
import java.util.Set;

/**
 * An {@link ExportPart} made of queries a module runs on its own tables with its own {@link JdbcTemplate}: each query
 * becomes one CSV file, read through a cursor.
 */
public abstract class TableExport implements ExportPart {

    /** One file: its name, the query of the module's own tables, and columns left out (a password hash). */
    public record File(String name, String sql, Set<String> leftOut) {

        public File(String name, String sql) {
            this(name, sql, Set.of());
        }
    }

    private final JdbcTemplate jdbc;
    private final List<File> files;

    protected TableExport(JdbcTemplate jdbc, List<File> files) {
        this.jdbc = jdbc;
        this.files = List.copyOf(files);
    }

    @Override
    public void writeTo(ExportArchive archive) throws IOException {
        for (var file : files) {
            jdbc.query(ExportArchive.query(file.sql()), archive.table(file.name(), file.leftOut()));
        }
    }
}
