package org.migrationtracker.csv;

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

    private static String neutralised(String value) {
        return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    private static String quoted(String value) {
        return "\"" + value.replace("\"", "\"\"") + "\"";
    }
}
