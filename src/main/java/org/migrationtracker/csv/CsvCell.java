package org.migrationtracker.csv;

import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;

/**
 * The one way the tracker writes a line of a CSV file for people to open in a spreadsheet (docs/adr/0036). Text that
 * starts with = + - @, a tab or a carriage return gets a leading apostrophe so that a spreadsheet does not run it as a
 * formula (OWASP CSV injection), and a value holding the separator, a comma, a quote or a line break is quoted.
 * A figure the tracker computed (a {@link Number}) is written as the number it is, "-3" included: it never comes from
 * user text, so it cannot be a formula and stays a number in a numeric column.
 * <p>
 * Not for the files Exchange reads (the batch CSV): there an apostrophe would become part of the value; those refuse
 * such values instead ({@link #startsLikeFormula}).
 */
public final class CsvCell {

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private CsvCell() {
    }

    /**
     * One line: the cells by position (an empty one, or null, still takes its column), separated by
     * {@code separator}, ended with CRLF. A {@link Number} is written as a plain number (a dot before decimals); any
     * other value as its text, neutralised and quoted where needed.
     */
    public static String line(List<? extends @Nullable Object> values, char separator) {
        var line = new StringBuilder();
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                line.append(separator);
            }
            line.append(cell(values.get(i), separator));
        }
        return line.append("\r\n").toString();
    }

    /** Whether a spreadsheet would take the value for a formula: it starts with = + - @, a tab or a carriage return. */
    public static boolean startsLikeFormula(String value) {
        return !value.isEmpty() && FORMULA_STARTS.indexOf(value.charAt(0)) >= 0;
    }

    static String cell(@Nullable Object value, char separator) {
        if (value == null) {
            return "";
        }
        String figure = value instanceof Number number ? figure(number) : null;
        if (figure != null) {
            return figure;
        }
        String text = String.valueOf(value);
        String safe = startsLikeFormula(text) ? "'" + text : text;
        boolean quote = safe.indexOf(separator) >= 0 || safe.contains(",") || safe.contains("\"")
                || safe.contains("\n") || safe.contains("\r");
        return quote ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }

    /** A number as a spreadsheet reads it in any language (no grouping, a dot before decimals), or null for NaN/∞. */
    private static @Nullable String figure(Number number) {
        if (number instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if (number instanceof BigInteger || number instanceof Integer || number instanceof Long || number instanceof Short
                || number instanceof Byte) {
            return number.toString();
        }
        double value = number.doubleValue();
        return Double.isFinite(value) ? BigDecimal.valueOf(value).stripTrailingZeros().toPlainString() : null;
    }
}
