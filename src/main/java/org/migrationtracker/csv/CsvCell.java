package org.migrationtracker.csv;

import java.util.List;

/**
 * One value of a CSV file the tracker writes for people to open in a spreadsheet: a value starting with = + - @, a tab
 * or a carriage return gets a leading apostrophe so that Excel does not run it as a formula (OWASP CSV injection), and
 * a value with a comma, quote or line break is quoted.
 */
public final class CsvCell {

    private CsvCell() {
    }

    public static String of(String value) {
        String safe = neutralised(value);
        boolean quote = safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r");
        return quote ? quoted(safe) : safe;
    }

    /** Always in quotes (for files whose every cell is quoted). */
    public static String quotedCell(String value) {
        return quoted(neutralised(value));
    }

    /**
     * One line of a file for a spreadsheet: the cells by position (an empty one still takes its column), separated by
     * {@code separator}, ended with CRLF; with a semicolon separator a value holding one is quoted too.
     */
    public static String line(List<String> values, char separator) {
        var line = new StringBuilder();
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                line.append(separator);
            }
            String value = values.get(i);
            String cell = of(value);
            line.append(separator == ';' && value.contains(";") && !cell.startsWith("\"") ? quotedCell(value) : cell);
        }
        return line.append("\r\n").toString();
    }

    private static String neutralised(String value) {
        return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    private static String quoted(String value) {
        return "\"" + value.replace("\"", "\"\"") + "\"";
    }
}
