package org.migrationtracker.csv;

import org.springframework.jdbc.core.ResultSetExtractor;

import java.io.BufferedWriter;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A ZIP of CSV files written straight to a stream (the response): UTF-8 with a byte order mark, comma-separated,
 * CRLF, every cell spreadsheet-safe ({@link CsvCell}), NULL as an empty cell. One row is in memory at a time.
 * {@link #finish()} adds {@code manifest.csv} with each file's row count and closes the ZIP.
 */
public final class CsvZip implements ExportArchive {

    private final ZipOutputStream zip;
    private final Writer out;
    private final Map<String, Long> rows = new LinkedHashMap<>();

    public CsvZip(OutputStream target) {
        this.zip = new ZipOutputStream(target, StandardCharsets.UTF_8);
        this.out = new BufferedWriter(new OutputStreamWriter(new FilterOutputStream(zip) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                zip.write(b, off, len);
            }

            @Override
            public void close() {
                // the ZIP stays open for the next file
            }
        }, StandardCharsets.UTF_8), 64 * 1024);
    }

    @Override
    public ResultSetExtractor<Long> table(String fileName, Set<String> leftOut) {
        if (rows.containsKey(fileName)) {
            throw new IllegalArgumentException(fileName + " is already in the export");
        }
        return result -> {
            try {
                return write(fileName, result, leftOut);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }

    private long write(String fileName, ResultSet result, Set<String> leftOut) throws IOException, SQLException {
        var meta = result.getMetaData();
        var columns = new ArrayList<Integer>();
        var header = new ArrayList<String>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            if (!leftOut.contains(meta.getColumnLabel(i))) {
                columns.add(i);
                header.add(meta.getColumnLabel(i));
            }
        }
        zip.putNextEntry(new ZipEntry(fileName));
        out.write('\uFEFF');
        out.write(CsvCell.line(header, ','));
        long count = 0;
        var cells = new ArrayList<String>(columns.size());
        while (result.next()) {
            cells.clear();
            for (int column : columns) {
                String value = result.getString(column);
                cells.add(value == null ? "" : value);
            }
            out.write(CsvCell.line(cells, ','));
            count++;
        }
        out.flush();
        zip.closeEntry();
        rows.put(fileName, count);
        return count;
    }

    /** The files written so far and their rows, in order. */
    public Map<String, Long> rows() {
        return Map.copyOf(rows);
    }

    public void finish() throws IOException {
        zip.putNextEntry(new ZipEntry("manifest.csv"));
        out.write('\uFEFF');
        out.write(CsvCell.line(List.of("File", "Rows"), ','));
        for (var file : rows.entrySet()) {
            out.write(CsvCell.line(List.of(file.getKey(), Long.toString(file.getValue())), ','));
        }
        out.flush();
        zip.closeEntry();
        zip.finish();
    }
}
