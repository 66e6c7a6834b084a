package org.migrationtracker.i18n;

import org.junit.jupiter.api.Test;

import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;

import static org.assertj.core.api.Assertions.assertThat;

/** A screen's dates and the bundles' {0,date,medium} / {0,time,short} read the same in every language. */
class DatesTest {

    private static final ZoneId ZONE = ZoneId.systemDefault();

    @Test
    void a_day_on_a_screen_reads_as_the_bundles_medium_date_in_every_language() {
        var day = LocalDate.of(2026, 3, 14);
        var date = Date.from(day.atStartOfDay(ZONE).toInstant());
        for (var locale : Languages.SUPPORTED) {
            assertThat(Dates.day(day, locale)).as("day in %s", locale)
                    .isEqualTo(new MessageFormat("{0,date,medium}", locale).format(new Object[] {date}))
                    .isEqualTo(Message.of("history.value.day", day).in(locale));
        }
    }

    @Test
    void a_moment_on_a_screen_reads_as_the_bundles_medium_date_and_short_time_in_every_language() {
        var at = Instant.parse("2026-11-07T16:45:00Z");
        for (var locale : Languages.SUPPORTED) {
            assertThat(Dates.time(at, locale, ZONE)).as("moment in %s", locale)
                    .isEqualTo(new MessageFormat("{0,date,medium} {0,time,short}", locale).format(new Object[] {Date.from(at)}))
                    .isEqualTo(Message.of("history.value.time", at).in(locale))
                    .isEqualTo(Dates.timeFormat(locale, ZONE).format(at));
        }
    }
}
