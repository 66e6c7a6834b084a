package org.migrationtracker.security.login;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.hibernate.validator.constraints.time.DurationMax;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;

/**
 * How many failed sign-ins lock a user name or a client address, within which window, and for how long (README "Sign-in
 * protection"). An address allows more failures than a user name: many people share one office's address.
 *
 * @param failureDelay how much longer each further failure within a window waits before it is answered (up to four
 *                     times this), so guessing gets slower before it gets locked
 */
@ConfigurationProperties("tracker.login")
@Validated
public record SignInLimits(
        @DefaultValue("5") @Min(1) @Max(1000) int userFailures,
        @DefaultValue("15m") @NotNull @DurationMin(seconds = 1) Duration userWindow,
        @DefaultValue("15m") @NotNull @DurationMin(seconds = 1) @DurationMax(days = 1) Duration userLock,
        @DefaultValue("20") @Min(1) @Max(10000) int addressFailures,
        @DefaultValue("15m") @NotNull @DurationMin(seconds = 1) Duration addressWindow,
        @DefaultValue("15m") @NotNull @DurationMin(seconds = 1) @DurationMax(days = 1) Duration addressLock,
        @DefaultValue("250ms") @NotNull @DurationMin(millis = 0) @DurationMax(seconds = 5) Duration failureDelay) {

    /** The limits the README documents. */
    public static SignInLimits defaults() {
        return new SignInLimits(5, Duration.ofMinutes(15), Duration.ofMinutes(15), 20, Duration.ofMinutes(15),
                Duration.ofMinutes(15), Duration.ofMillis(250));
    }

    Limit of(SignInLock.Scope scope) {
        return switch (scope) {
            case USER -> new Limit(userFailures, userWindow, userLock);
            case ADDRESS -> new Limit(addressFailures, addressWindow, addressLock);
        };
    }

    /** So many failures within the window lock for so long. */
    record Limit(int failures, Duration window, Duration lock) {
    }
}
