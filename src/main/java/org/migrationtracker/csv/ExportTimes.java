package org.migrationtracker.csv;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/**
 * Date-times as Export-Csv writes them: in the exporting machine's culture (en-US "11/21/2026 2:15:30 PM",
 * da-DK "21-11-2026 14:15:30", sv-SE "2026-11-21 14:15:30", fr-FR "21/11/2026 14:15:30", nl-NL "21-11-2026 14:15:30")
 * or ISO 8601. Times without an offset are read in the given zone. Shared by the imports that read dates.
 */
public final class ExportTimes {

    private static final List<DateTimeFormatter> LOCAL = List.of(
            DateTimeFormatter.ofPattern("M/d/yyyy h:mm:ss a", Locale.US),
            DateTimeFormatter.ofPattern("M/d/yyyy h:mm a", Locale.US),
            DateTimeFormatter.ofPattern("d-M-yyyy H:mm:ss"),
            DateTimeFormatter.ofPattern("d.M.yyyy H:mm:ss"),
            DateTimeFormatter.ofPattern("yyyy-MM-dd H:mm:ss"),
            DateTimeFormatter.ofPattern("d/M/yyyy H:mm:ss"),
            DateTimeFormatter.ISO_LOCAL_DATE_TIME);

    private ExportTimes() {
    }

    /** @throws DateTimeParseException when no known form fits */
    public static @Nullable Instant parse(String value, ZoneId zone) {
        String v = value.strip();
        if (v.isEmpty()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(v).toInstant();
        } catch (DateTimeParseException notWithOffset) {
            // try the local forms
        }
        try {
            return Instant.parse(v);
        } catch (DateTimeParseException notUtc) {
            // try the local forms
        }
        for (var format : LOCAL) {
            try {
                return LocalDateTime.parse(v.toUpperCase(Locale.ROOT), format).atZone(zone).toInstant();
            } catch (DateTimeParseException next) {
                // try the next form
            }
        }
        throw new DateTimeParseException("not a date and time", v, 0);
    }
}
