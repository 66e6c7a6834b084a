package org.migrationtracker.notice;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * How notices go out (README "Notices to users"): at most {@code perMinute} messages a minute across all instances, a
 * failed one tried again after 1, 2, 4... minutes (at most {@code maxRetryDelay} apart) until {@code maxAttempts}; sent
 * from {@code from}; without SMTP (spring.mail.host) written to {@code mailFolder} when that is set, else not sent.
 */
@ConfigurationProperties("tracker.notices")
public record NoticeProperties(@DefaultValue("30") int perMinute, @DefaultValue("6") int maxAttempts, @DefaultValue("") String from,
                               @DefaultValue("") String mailFolder, @DefaultValue("10s") Duration poll,
                               @DefaultValue("1m") Duration firstRetryDelay, @DefaultValue("1h") Duration maxRetryDelay) {

    public NoticeProperties {
        if (perMinute < 1 || perMinute > 10_000) {
            throw new IllegalArgumentException("tracker.notices.per-minute must be between 1 and 10000");
        }
        if (maxAttempts < 1 || maxAttempts > 50) {
            throw new IllegalArgumentException("tracker.notices.max-attempts must be between 1 and 50");
        }
    }

    /** The wait before try number {@code attempts + 1}: doubling from the first delay, capped. */
    Duration retryDelay(int attempts) {
        var delay = firstRetryDelay.multipliedBy(1L << Math.min(Math.max(attempts - 1, 0), 20));
        return delay.compareTo(maxRetryDelay) > 0 ? maxRetryDelay : delay;
    }
}
