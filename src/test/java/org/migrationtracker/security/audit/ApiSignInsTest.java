package org.migrationtracker.security.audit;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ApiSignInsTest {

    private static final Instant SIX = Instant.parse("2026-12-03T06:00:00Z");

    @Test
    void a_users_first_api_sign_in_is_recorded_and_the_next_ones_within_the_interval_are_not() {
        var signIns = new ApiSignIns(Duration.ofMinutes(15));

        assertThat(signIns.toRecord("ada", SIX)).isTrue();
        assertThat(signIns.toRecord("ada", SIX.plusSeconds(60))).isFalse();
        assertThat(signIns.toRecord("ADA", SIX.plusSeconds(61))).as("the same user in other letters").isFalse();
        assertThat(signIns.toRecord("harry", SIX.plusSeconds(62))).as("another user").isTrue();
    }

    @Test
    void once_the_interval_has_passed_the_next_sign_in_is_recorded_again() {
        var signIns = new ApiSignIns(Duration.ofMinutes(15));
        signIns.toRecord("ada", SIX);

        assertThat(signIns.toRecord("ada", SIX.plus(Duration.ofMinutes(14).plusSeconds(59)))).isFalse();
        assertThat(signIns.toRecord("ada", SIX.plus(Duration.ofMinutes(15)))).isTrue();
        assertThat(signIns.toRecord("ada", SIX.plus(Duration.ofMinutes(16))))
                .as("the interval starts again at the recorded one").isFalse();
    }

    @Test
    void an_interval_of_zero_records_every_sign_in_and_a_negative_one_is_refused() {
        var everyOne = new ApiSignIns(Duration.ZERO);
        assertThat(everyOne.toRecord("ada", SIX)).isTrue();
        assertThat(everyOne.toRecord("ada", SIX)).isTrue();
        assertThatThrownBy(() -> new ApiSignIns(Duration.ofMinutes(-1)))
                .hasMessageContaining("tracker.security-log.api-sign-in-interval");
    }
}
