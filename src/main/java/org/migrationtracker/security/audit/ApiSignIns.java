package org.migrationtracker.security.audit;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * API calls sign in on every request (no session): the security log records a user's first one and then at most one
 * per interval (15 minutes by default), so a script's thousand calls are one line, not a thousand. Kept per
 * instance, in memory: N instances record at most N per interval. Plain Java.
 */
final class ApiSignIns {

    /** Past this many users remembered, those outside the interval are forgotten. */
    private static final int TIDY_ABOVE = 10_000;

    private final Duration interval;
    private final Map<String, Instant> recorded = new ConcurrentHashMap<>();

    ApiSignIns(Duration interval) {
        if (interval.isNegative()) {
            throw new IllegalArgumentException("tracker.security-log.api-sign-in-interval must not be negative");
        }
        this.interval = interval;
    }

    /** Whether this sign-in is to be recorded: none of the user's was within the interval; remembers it if so. */
    boolean toRecord(String username, Instant now) {
        var key = username.toLowerCase(Locale.ROOT);
        boolean[] record = {false};
        recorded.compute(key, (user, last) -> {
            if (last == null || !now.isBefore(last.plus(interval))) {
                record[0] = true;
                return now;
            }
            return last;
        });
        if (recorded.size() > TIDY_ABOVE) {
            recorded.values().removeIf(last -> !now.isBefore(last.plus(interval)));
        }
        return record[0];
    }
}
