package org.migrationtracker.csv;

/**
 * What is wrong with a file, and where.
 *
 * @param line   1-based line in the file as an editor shows it (0: the file as a whole)
 * @param column the column's name from the header, or empty
 */
public record CsvProblem(int line, String column, String message) {

    public static CsvProblem ofFile(String message) {
        return new CsvProblem(0, "", message);
    }

    @Override
    public String toString() {
        return (line > 0 ? "line " + line : "file") + (column.isEmpty() ? "" : ", column " + column) + ": " + message;
    }
}
