package org.migrationtracker.security.idempotency;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

/**
 * The keys in {@code idempotency_key}, shared by every instance. The first call claims its key with one insert (the
 * primary key decides between two calls racing on different instances); each statement commits on its own, so a
 * claim is seen by the others at once. A claim whose call never finished (its instance stopped) is taken over after
 * {@code tracker.idempotency.abandoned-after}.
 */
@Component
class IdempotencyKeys {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Duration retention;
    private final Duration abandonedAfter;

    IdempotencyKeys(JdbcClient jdbc, Clock clock,
                    @Value("${tracker.idempotency.retention:24h}") Duration retention,
                    @Value("${tracker.idempotency.abandoned-after:10m}") Duration abandonedAfter) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.retention = retention;
        this.abandonedAfter = abandonedAfter;
    }

    Claim claim(String username, IdempotentRequest request) {
        var now = Timestamp.from(clock.instant());
        int inserted = jdbc.sql("insert into idempotency_key (username, key, request_hash, started_at) values (?, ?, ?, ?) "
                        + "on conflict do nothing")
                .params(username, request.key(), request.hash(), now).update();
        if (inserted == 1) {
            return new Claim.First();
        }
        var row = jdbc.sql("select request_hash, started_at, status, content_type, body from idempotency_key "
                        + "where username = ? and key = ?")
                .params(username, request.key())
                .query((rs, n) -> new Row(rs.getString("request_hash"), rs.getTimestamp("started_at").toInstant(),
                        (Integer) rs.getObject("status"), rs.getString("content_type"), rs.getBytes("body")))
                .optional();
        if (row.isEmpty()) {
            return claim(username, request); // swept between the two statements
        }
        var stored = row.get();
        if (!stored.hash().equals(request.hash())) {
            return new Claim.OtherRequest();
        }
        if (stored.status() != null) {
            return new Claim.Replay(new StoredAnswer(stored.status(), stored.contentType(),
                    stored.body() == null ? new byte[0] : stored.body()));
        }
        return takeOverAbandoned(username, request, stored.startedAt(), now) ? new Claim.First() : new Claim.StillRunning();
    }

    void finished(String username, String key, StoredAnswer answer) {
        jdbc.sql("update idempotency_key set status = ?, content_type = ?, body = ? where username = ? and key = ?")
                .params(answer.status(), answer.contentType(), answer.body(), username, key).update();
    }

    /** Forgets a claim whose call failed, so that a retry runs it again. */
    void release(String username, String key) {
        jdbc.sql("delete from idempotency_key where username = ? and key = ?").params(username, key).update();
    }

    /** Keys older than {@code tracker.idempotency.retention} go, every ten minutes, on every instance. */
    @Scheduled(fixedDelay = 10, initialDelay = 10, timeUnit = TimeUnit.MINUTES)
    int sweep() {
        return jdbc.sql("delete from idempotency_key where started_at < ?")
                .param(Timestamp.from(clock.instant().minus(retention))).update();
    }

    private boolean takeOverAbandoned(String username, IdempotentRequest request, Instant startedAt, Timestamp now) {
        if (!startedAt.isBefore(now.toInstant().minus(abandonedAfter))) {
            return false;
        }
        return jdbc.sql("update idempotency_key set started_at = ? where username = ? and key = ? and status is null "
                        + "and started_at = ?")
                .params(now, username, request.key(), Timestamp.from(startedAt)).update() == 1;
    }

    private record Row(String hash, Instant startedAt, @Nullable Integer status, @Nullable String contentType,
                       byte @Nullable [] body) {
    }
}
