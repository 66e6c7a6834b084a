package org.migrationtracker.security.login;

import org.jspecify.annotations.Nullable;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * When a user name or a client address is locked, when the lock ends, and what a failure or a success changes. Plain
 * rules over {@link FailureCount}s; {@link LoginFailures} keeps the counts in PostgreSQL.
 */
final class SignInRules {

    /** A failure waits at most this many {@link SignInLimits#failureDelay()}s. */
    static final int MAX_DELAY_STEPS = 4;

    private final SignInLimits limits;
    private final Clock clock;

    SignInRules(SignInLimits limits, Clock clock) {
        this.limits = limits;
        this.clock = clock;
    }

    Instant now() {
        return clock.instant();
    }

    /** Locked from the failure that reached the limit until {@code lockedUntil}, that instant excluded. */
    boolean isLocked(@Nullable FailureCount count) {
        return count != null && count.lockedUntil() != null && now().isBefore(count.lockedUntil());
    }

    /**
     * One more failure. While locked it changes nothing (trying on neither counts nor extends the lock); a window that
     * has passed, or a lock that has ended, starts a new count; the failure that reaches the limit locks.
     */
    FailureCount afterFailure(SignInLock.Scope scope, @Nullable FailureCount count) {
        if (isLocked(count)) {
            return count;
        }
        var now = now();
        var limit = limits.of(scope);
        boolean fresh = count == null || count.lockedUntil() != null
                || !now.isBefore(count.windowStart().plus(limit.window()));
        int failures = fresh ? 1 : count.failures() + 1;
        var windowStart = fresh ? now : count.windowStart();
        return new FailureCount(failures, windowStart, failures >= limit.failures() ? now.plus(limit.lock()) : null);
    }

    /**
     * Whether a successful sign-in forgets the failures counted against this: a user name's, yes; an address's, no
     * (one account an attacker knows must not clear the way for guessing others from the same address).
     */
    boolean successForgets(SignInLock.Scope scope) {
        return scope == SignInLock.Scope.USER;
    }

    /** Whether this failure locked what was not locked before it. */
    boolean locksAnew(@Nullable FailureCount before, FailureCount after) {
        return !isLocked(before) && isLocked(after);
    }

    /**
     * How long the answer to a failure waits: nothing for the first of a window, one {@code failureDelay} more for each
     * further one, at most {@value #MAX_DELAY_STEPS} (by the user name's or the address's count, whichever is higher).
     */
    Duration delayAfter(FailureCount user, @Nullable FailureCount address) {
        int failures = Math.max(user.failures(), address == null ? 0 : address.failures());
        int steps = Math.min(Math.max(failures - 1, 0), MAX_DELAY_STEPS);
        return limits.failureDelay().multipliedBy(steps);
    }
}
