package org.migrationtracker.csv;

import org.migrationtracker.i18n.Message;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A parsed CSV file: its header, its rows with the line each starts on, and what the reader noticed
 * (encoding, delimiter) to tell the admin.
 */
public record CsvTable(String fileName, List<String> header, List<Row> rows, char delimiter, String encoding,
                       List<Message> notes) {

    public record Row(int line, List<String> values) {

        public String get(int column) {
            return column < 0 || column >= values.size() ? "" : values.get(column);
        }
    }

    public CsvTable {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
        notes = List.copyOf(notes);
    }

    /**
     * The index of the first header column matching one of the names; case, spaces, dashes and underscores
     * are ignored ("PrimarySmtpAddress" matches "primary smtp address").
     */
    public Optional<Integer> column(String... names) {
        for (String name : names) {
            String wanted = normalize(name);
            for (int i = 0; i < header.size(); i++) {
                if (normalize(header.get(i)).equals(wanted)) {
                    return Optional.of(i);
                }
            }
        }
        return Optional.empty();
    }

    public String columnName(int index) {
        return index >= 0 && index < header.size() ? header.get(index) : "";
    }

    static String normalize(String name) {
        return name.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-.]", "");
    }
}
