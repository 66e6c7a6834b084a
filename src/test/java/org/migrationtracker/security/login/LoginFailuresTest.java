package org.migrationtracker.security.login;

import org.junit.jupiter.api.Test;
import org.migrationtracker.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.time.Clock;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The counts live in PostgreSQL, not in an instance: each {@link LoginFailures} here is constructed afresh on the
 * application's DataSource, as another instance of the tracker would have its own.
 */
@IntegrationTest
class LoginFailuresTest {

    @Autowired DataSource dataSource;
    @Autowired Clock clock;

    @Test
    void a_failure_recorded_by_one_instance_is_seen_by_a_freshly_constructed_one() {
        String user = "someone-" + SignInAttempts.newAddress();
        var first = instance(clock);
        for (int i = 0; i < 5; i++) {
            first.failed(user, null);
        }

        var second = instance(clock);

        assertThat(second.lockOn(user, null)).hasValueSatisfying(lock -> {
            assertThat(lock.scope()).isEqualTo(SignInLock.Scope.USER);
            assertThat(lock.lockedUntil()).isAfter(clock.instant().plus(Duration.ofMinutes(14)));
        });
    }

    @Test
    void two_instances_counting_one_user_name_in_turn_lock_it_at_the_fifth_failure_between_them() {
        String user = "someone-" + SignInAttempts.newAddress();
        var one = instance(clock);
        var other = instance(clock);

        for (int i = 0; i < 4; i++) {
            assertThat((i % 2 == 0 ? one : other).failed(user, null).lockedAnew()).isEmpty();
        }
        var fifth = other.failed(user, null);

        assertThat(fifth.user().failures()).isEqualTo(5);
        assertThat(fifth.lockedAnew()).extracting(SignInLock::key).containsExactly(user);
        assertThat(one.lockOn(user, null)).isPresent();
    }

    @Test
    void a_success_forgets_the_user_names_failures_and_keeps_the_addresss() {
        String user = "someone-" + SignInAttempts.newAddress();
        String address = SignInAttempts.newAddress();
        var failures = instance(clock);
        for (int i = 0; i < 4; i++) {
            failures.failed(user, address);
        }

        instance(clock).succeeded(user, address);

        var next = failures.failed(user, address);
        assertThat(next.user().failures()).isEqualTo(1);
        assertThat(next.address()).isNotNull().extracting(FailureCount::failures).isEqualTo(5);
    }

    @Test
    void a_user_name_is_counted_trimmed_and_in_lower_case() {
        String user = "someone-" + SignInAttempts.newAddress();
        var failures = instance(clock);
        failures.failed(" " + user.toUpperCase() + " ", null);

        assertThat(failures.failed(user, null).user().failures()).isEqualTo(2);
    }

    @Test
    void a_user_name_longer_than_any_is_counted_under_its_first_256_characters() {
        String longName = "x".repeat(300) + SignInAttempts.newAddress();

        var failure = instance(clock).failed(longName, null);

        assertThat(failure.user().failures()).isEqualTo(1);
        assertThat(JdbcClient.create(dataSource).sql("select count(*) from login_failure where key = ?")
                .param(longName.substring(0, SignInLock.MAX_KEY_LENGTH)).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void the_sweep_removes_counts_whose_window_has_passed_and_keeps_those_still_locked() {
        String counted = "someone-" + SignInAttempts.newAddress();
        String locked = "someone-" + SignInAttempts.newAddress();
        instance(clock).failed(counted, null);
        var tenMinutesOn = instance(Clock.offset(clock, Duration.ofMinutes(10)));
        for (int i = 0; i < 5; i++) {
            tenMinutesOn.failed(locked, null);
        }

        instance(Clock.offset(clock, Duration.ofMinutes(16))).sweep();

        var keys = JdbcClient.create(dataSource).sql("select key from login_failure where key in (?, ?)")
                .params(counted, locked).query(String.class).list();
        assertThat(keys).containsExactly(locked);
    }

    private LoginFailures instance(Clock at) {
        return new LoginFailures(JdbcClient.create(dataSource), new TransactionTemplate(new JdbcTransactionManager(dataSource)),
                SignInLimits.defaults(), at);
    }
}
