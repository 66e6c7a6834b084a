package org.migrationtracker.csv;

import org.jspecify.annotations.Nullable;
import org.migrationtracker.i18n.Message;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A parsed CSV file: its header, its rows with the line each starts on, what the reader noticed (encoding,
 * delimiter) to tell the admin, and the problems of shape it found, which the importer refuses together with the
 * problems of its fields ({@link #refuseIfAny}): one upload tells the admin everything that is wrong.
 *
 * @param rows     the rows with the header's number of fields
 * @param problems what is wrong with the file's shape (rows with another number of fields, control characters)
 */
public record CsvTable(String fileName, List<String> header, List<Row> rows, char delimiter, String encoding,
                       List<Message> notes, List<CsvProblem> problems) {

    public record Row(int line, List<String> values) {

        public String get(int column) {
            return column < 0 || column >= values.size() ? "" : values.get(column);
        }
    }

    public CsvTable {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
        notes = List.copyOf(notes);
        problems = List.copyOf(problems);
    }

    /**
     * Refuses the file when the reader or the importer found any problem: all of them, by line (the file's own
     * problems first), so that nothing is written.
     *
     * @throws CsvRefusedException with every problem, when there is any
     */
    public void refuseIfAny(List<CsvProblem> found) {
        if (!problems.isEmpty() || !found.isEmpty()) {
            throw refusal(found);
        }
    }

    /** The refusal with the reader's problems and those found, by line; for a problem that leaves nothing to check. */
    public CsvRefusedException refusal(List<CsvProblem> found) {
        var all = new ArrayList<CsvProblem>(problems.size() + found.size());
        all.addAll(problems);
        all.addAll(found);
        all.sort(Comparator.comparingInt(CsvProblem::line)); // stable: a line's problems stay in the order found
        return new CsvRefusedException(fileName, header, all);
    }

    /**
     * Adds a problem when the row's (stripped) value in the column is longer than the database keeps (its
     * {@code varchar} length, counted in characters as PostgreSQL counts them).
     *
     * @return whether the value fits
     */
    public boolean fits(Row row, @Nullable Integer column, int maxLength, List<CsvProblem> found) {
        if (column == null) {
            return true;
        }
        String value = row.get(column).strip();
        int length = value.codePointCount(0, value.length());
        if (length <= maxLength) {
            return true;
        }
        found.add(CsvProblem.at(row.line(), columnName(column), "csv.too-long", length, maxLength));
        return false;
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
