package org.migrationtracker.security.login;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.migrationtracker.security.login.SignInLock.Scope.ADDRESS;
import static org.migrationtracker.security.login.SignInLock.Scope.USER;

class SignInRulesTest {

    private static final Instant START = Instant.parse("2026-12-03T08:00:00Z");

    private Instant now = START;

    @Test
    void five_failures_within_fifteen_minutes_lock_the_user_name_for_fifteen_minutes() {
        FailureCount count = null;
        for (int i = 1; i <= 4; i++) {
            count = rules().afterFailure(USER, count);
            assertThat(rules().isLocked(count)).as("after %d failures", i).isFalse();
            pass(Duration.ofMinutes(3));
        }
        var fifth = rules().afterFailure(USER, count);

        assertThat(rules().isLocked(fifth)).isTrue();
        assertThat(rules().locksAnew(count, fifth)).isTrue();
        assertThat(fifth.lockedUntil()).isEqualTo(START.plus(Duration.ofMinutes(12 + 15)));
    }

    @Test
    void the_lock_ends_exactly_at_its_end_and_not_a_moment_before() {
        var locked = failures(USER, 5);

        pass(Duration.ofMinutes(15).minusNanos(1));
        assertThat(rules().isLocked(locked)).isTrue();
        pass(Duration.ofNanos(1));
        assertThat(rules().isLocked(locked)).isFalse();
    }

    @Test
    void failures_spread_wider_than_the_window_never_lock() {
        FailureCount count = null;
        for (int i = 0; i < 20; i++) {
            count = rules().afterFailure(USER, count);
            assertThat(rules().isLocked(count)).isFalse();
            pass(Duration.ofMinutes(4));
        }
        assertThat(count.failures()).as("the window restarted").isLessThan(5);
    }

    @Test
    void a_failure_while_locked_neither_counts_nor_extends_the_lock() {
        var locked = failures(USER, 5);
        pass(Duration.ofMinutes(10));

        var again = rules().afterFailure(USER, locked);

        assertThat(again).isEqualTo(locked);
        assertThat(rules().locksAnew(locked, again)).as("not locked anew").isFalse();
    }

    @Test
    void after_a_lock_ends_the_count_starts_again_from_one() {
        var locked = failures(USER, 5);
        pass(Duration.ofMinutes(15));

        var next = rules().afterFailure(USER, locked);

        assertThat(next.failures()).isEqualTo(1);
        assertThat(rules().isLocked(next)).isFalse();
    }

    @Test
    void a_success_forgets_the_user_names_failures_but_not_the_addresss() {
        assertThat(rules().successForgets(USER)).isTrue();
        assertThat(rules().successForgets(ADDRESS)).isFalse();
    }

    @Test
    void a_client_address_takes_twenty_failures_before_it_is_locked() {
        var nineteen = failures(ADDRESS, 19);
        assertThat(rules().isLocked(nineteen)).isFalse();

        var twenty = rules().afterFailure(ADDRESS, nineteen);

        assertThat(rules().isLocked(twenty)).isTrue();
        assertThat(twenty.lockedUntil()).isEqualTo(START.plus(Duration.ofMinutes(15)));
    }

    @Test
    void each_further_failure_waits_a_quarter_second_longer_up_to_a_second() {
        var delays = new java.util.ArrayList<Duration>();
        FailureCount count = null;
        for (int i = 0; i < 7; i++) {
            count = rules().afterFailure(ADDRESS, count);
            delays.add(rules().delayAfter(new FailureCount(1, START, null), count));
        }
        assertThat(delays).containsExactly(Duration.ZERO, Duration.ofMillis(250), Duration.ofMillis(500),
                Duration.ofMillis(750), Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(1));
        assertThat(rules().delayAfter(failures(USER, 3), null)).as("by the user name's count alone").isEqualTo(Duration.ofMillis(500));
    }

    /** The rules as they judge at {@link #now}: a fixed clock, moved by {@link #pass}. */
    private SignInRules rules() {
        return new SignInRules(SignInLimits.defaults(), Clock.fixed(now, ZoneOffset.UTC));
    }

    private void pass(Duration duration) {
        now = now.plus(duration);
    }

    private FailureCount failures(SignInLock.Scope scope, int times) {
        FailureCount count = null;
        for (int i = 0; i < times; i++) {
            count = rules().afterFailure(scope, count);
        }
        return count;
    }
}
