package org.migrationtracker.security.audit;

import org.junit.jupiter.api.Test;
import org.migrationtracker.i18n.Refused;
import org.migrationtracker.security.SecurityEvent.Kind;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SecurityLogFilterTest {

    private static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");

    @Test
    void no_filter_finds_every_row() {
        var condition = SecurityLogFilter.all().condition(COPENHAGEN);

        assertThat(condition.sql()).isEqualTo("true");
        assertThat(condition.args()).isEmpty();
    }

    @Test
    void kinds_text_and_days_narrow_with_both_days_included_in_the_trackers_zone() {
        var filter = new SecurityLogFilter(EnumSet.of(Kind.SIGN_IN_FAILED, Kind.LOCKED_OUT), "  Ada ",
                LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 3));

        var condition = filter.condition(COPENHAGEN);

        assertThat(condition.sql()).isEqualTo("true and kind in (?, ?) and (lower(actor) like ? escape '\\' or "
                + "lower(subject) like ? escape '\\') and at >= ? and at < ?");
        assertThat(condition.args()).containsExactly("SIGN_IN_FAILED", "LOCKED_OUT", "%ada%", "%ada%",
                Timestamp.from(Instant.parse("2026-11-30T23:00:00Z")), Timestamp.from(Instant.parse("2026-12-03T23:00:00Z")));
    }

    @Test
    void like_wildcards_in_the_text_are_searched_for_as_written() {
        var condition = new SecurityLogFilter(Set.of(), "a_b%c\\", null, null).condition(COPENHAGEN);

        assertThat(condition.args()).first().isEqualTo("%a\\_b\\%c\\\\%");
    }

    @Test
    void days_in_the_wrong_order_and_a_text_too_long_are_refused_with_a_message() {
        assertThatThrownBy(() -> new SecurityLogFilter(Set.of(), "", LocalDate.of(2026, 12, 3), LocalDate.of(2026, 12, 2)))
                .isInstanceOf(Refused.class).hasMessage("The end day is before the start day");
        assertThatThrownBy(() -> new SecurityLogFilter(Set.of(), "x".repeat(201), null, null))
                .isInstanceOf(Refused.class).hasMessage("At most 200 characters");
    }
}
