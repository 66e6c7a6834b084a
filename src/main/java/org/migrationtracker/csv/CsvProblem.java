package org.migrationtracker.csv;

import org.migrationtracker.i18n.Message;

/**
 * What is wrong with a file, and where.
 *
 * @param line    1-based line in the file as an editor shows it (0: the file as a whole)
 * @param column  the column's name from the header, or empty
 * @param message what is wrong, translated where it is shown
 */
public record CsvProblem(int line, String column, Message message) {

    public static CsvProblem ofFile(Message message) {
        return new CsvProblem(0, "", message);
    }

    public static CsvProblem ofFile(String key, Object... args) {
        return ofFile(Message.of(key, args));
    }

    public static CsvProblem at(int line, String column, String key, Object... args) {
        return new CsvProblem(line, column, Message.of(key, args));
    }

    /** Where: "file", "line 12" or "line 12, column Alias". */
    public Message where() {
        if (line <= 0) {
            return Message.of("csv.where.file");
        }
        return column.isEmpty() ? Message.of("csv.where.line", line) : Message.of("csv.where.line-column", line, column);
    }

    /** Where and what, e.g. "line 12, column Alias: ..." */
    public Message describe() {
        return Message.of("csv.problem", where(), message);
    }

    @Override
    public String toString() {
        return describe().english();
    }
}
