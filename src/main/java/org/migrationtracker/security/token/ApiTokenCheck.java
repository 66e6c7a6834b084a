package org.migrationtracker.security.token;

import org.migrationtracker.security.Role;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

import java.sql.Array;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * Checks a token on each call, in PostgreSQL: one indexed look-up by hash, so a revoked token, an expired one and a
 * disabled user's are refused at once on every instance (no cache outlives a revocation). The last-used time is
 * written at most once a minute per token.
 */
@Component
class ApiTokenCheck {

    static final Duration LAST_USED_GRANULARITY = Duration.ofMinutes(1);

    /** Why a token was refused, for the security log (never the secret). */
    sealed interface Outcome {
        record Accepted(ApiTokenAuthentication authentication) implements Outcome {
        }

        record Refused(String username, String why) implements Outcome {
        }
    }

    private record Row(long id, String name, ApiTokenScope scope, Instant expiresAt, Instant lastUsedAt, String username,
                       boolean enabled, List<String> roles) {
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;

    ApiTokenCheck(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    Outcome check(String secret) {
        if (!ApiTokenSecret.wellFormed(secret)) {
            return new Outcome.Refused("?", "not an API token");
        }
        var rows = jdbc.query("""
                select t.id, t.name, t.scope, t.expires_at, t.last_used_at, u.username, u.enabled,
                       array(select r.role from tracker_user_role r where r.user_id = u.id) as roles
                from api_token t join tracker_user u on u.id = t.user_id
                where t.token_hash = ?""", (rs, n) -> new Row(rs.getLong("id"), rs.getString("name"),
                ApiTokenScope.valueOf(rs.getString("scope")), rs.getTimestamp("expires_at").toInstant(),
                rs.getTimestamp("last_used_at") == null ? Instant.EPOCH : rs.getTimestamp("last_used_at").toInstant(),
                rs.getString("username"), rs.getBoolean("enabled"), strings(rs.getArray("roles"))), ApiTokenSecret.hash(secret));
        if (rows.isEmpty()) {
            return new Outcome.Refused("?", "unknown or revoked API token");
        }
        var row = rows.getFirst();
        var now = clock.instant();
        if (!row.enabled()) {
            return new Outcome.Refused(row.username(), "API token '" + row.name() + "' (id " + row.id() + "): the user is disabled");
        }
        if (!row.expiresAt().isAfter(now)) {
            return new Outcome.Refused(row.username(), "API token '" + row.name() + "' (id " + row.id() + ") expired");
        }
        if (row.lastUsedAt().isBefore(now.minus(LAST_USED_GRANULARITY))) {
            // the condition again in SQL: of several instances at the same moment, one writes
            jdbc.update("update api_token set last_used_at = ? where id = ? and (last_used_at is null or last_used_at < ?)",
                    Timestamp.from(now), row.id(), Timestamp.from(now.minus(LAST_USED_GRANULARITY)));
        }
        var authorities = row.roles().stream().map(role -> new SimpleGrantedAuthority(Role.valueOf(role).authority())).toList();
        return new Outcome.Accepted(new ApiTokenAuthentication(row.username(), row.id(), row.name(), row.scope(), authorities));
    }

    private static List<String> strings(Array array) throws SQLException {
        return Arrays.stream((Object[]) array.getArray()).map(String::valueOf).toList();
    }
}
