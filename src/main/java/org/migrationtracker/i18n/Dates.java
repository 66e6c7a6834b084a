package org.migrationtracker.i18n;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * The one way a screen writes a day and a moment in the reader's language: the day in the language's medium style
 * ("14 Mar 2026", "14. mar. 2026"), a moment as that day and the short time ("14 Mar 2026 09:30"). These are what the
 * bundles' {@code {0,date,medium}} and {@code {0,date,medium} {0,time,short}} print, so a date reads the same in a
 * sentence and in a grid.
 */
public final class Dates {

    private Dates() {
    }

    /** The day in the language's medium style. */
    public static String day(LocalDate day, Locale locale) {
        return dayFormat(locale).format(day);
    }

    /** The moment as its day (medium) and time (short) where the reader is. */
    public static String time(Instant at, Locale locale, ZoneId zone) {
        return timeFormat(locale, zone).format(at);
    }

    /** The day format, for a grid column or a list that formats many days. */
    public static DateTimeFormatter dayFormat(Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
    }

    /** The moment format (medium day, a space, short time), for a grid column or a list that formats many moments. */
    public static DateTimeFormatter timeFormat(Locale locale, ZoneId zone) {
        return new DateTimeFormatterBuilder().appendLocalized(FormatStyle.MEDIUM, null).appendLiteral(' ')
                .appendLocalized(null, FormatStyle.SHORT).toFormatter(locale).withZone(zone);
    }
}
