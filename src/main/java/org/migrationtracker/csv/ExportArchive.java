package org.migrationtracker.csv;

import org.springframework.jdbc.core.PreparedStatementCreator;
import org.springframework.jdbc.core.ResultSetExtractor;

import java.io.IOException;
import java.util.Set;

/** The ZIP file the full export writes into, one CSV file after the other, each streamed as its rows are read. */
public interface ExportArchive {

    /** Rows fetched from PostgreSQL at a time: the result is read through a cursor, never held whole. */
    int FETCH_SIZE = 1_000;

    /**
     * Writes the rows of a query as the CSV file {@code fileName}: every column under its database name, except
     * {@code leftOut} (a password hash); give the result to {@code JdbcTemplate.query(sql, this)}.
     */
    ResultSetExtractor<Long> table(String fileName, Set<String> leftOut) throws IOException;

    default ResultSetExtractor<Long> table(String fileName) throws IOException {
        return table(fileName, Set.of());
    }

    /** A read-only query that PostgreSQL answers through a cursor ({@link #FETCH_SIZE} rows at a time). */
    static PreparedStatementCreator query(String sql) {
        return connection -> {
            var statement = connection.prepareStatement(sql);
            statement.setFetchSize(FETCH_SIZE);
            return statement;
        };
    }
}
