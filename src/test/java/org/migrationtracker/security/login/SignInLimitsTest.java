package org.migrationtracker.security.login;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class SignInLimitsTest {

    @Configuration
    @EnableConfigurationProperties(SignInLimits.class)
    static class Limits {
    }

    private final ApplicationContextRunner context = new ApplicationContextRunner().withUserConfiguration(Limits.class);

    @Test
    void without_settings_the_limits_are_the_documented_defaults() {
        context.run(started -> assertThat(started.getBean(SignInLimits.class)).isEqualTo(SignInLimits.defaults())
                .satisfies(limits -> {
                    assertThat(limits.userFailures()).isEqualTo(5);
                    assertThat(limits.userWindow()).isEqualTo(Duration.ofMinutes(15));
                    assertThat(limits.userLock()).isEqualTo(Duration.ofMinutes(15));
                    assertThat(limits.addressFailures()).isEqualTo(20);
                    assertThat(limits.addressWindow()).isEqualTo(Duration.ofMinutes(15));
                    assertThat(limits.addressLock()).isEqualTo(Duration.ofMinutes(15));
                    assertThat(limits.failureDelay()).isEqualTo(Duration.ofMillis(250));
                }));
    }

    @Test
    void settings_are_read_with_their_units() {
        context.withPropertyValues("tracker.login.user-failures=3", "tracker.login.user-lock=1h",
                        "tracker.login.address-window=30m", "tracker.login.failure-delay=0ms")
                .run(started -> assertThat(started.getBean(SignInLimits.class)).satisfies(limits -> {
                    assertThat(limits.userFailures()).isEqualTo(3);
                    assertThat(limits.userLock()).isEqualTo(Duration.ofHours(1));
                    assertThat(limits.addressWindow()).isEqualTo(Duration.ofMinutes(30));
                    assertThat(limits.failureDelay()).isZero();
                }));
    }

    @Test
    void a_limit_of_no_failures_or_a_lock_of_no_time_stops_the_start_and_names_the_setting() {
        context.withPropertyValues("tracker.login.user-failures=0", "tracker.login.address-lock=0s")
                .run(started -> assertThat(started).hasFailed().getFailure().rootCause().message()
                        .contains("tracker.login.user-failures").contains("tracker.login.address-lock"));
    }
}
