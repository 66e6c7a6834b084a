package org.migrationtracker.security.token;

import org.migrationtracker.security.CurrentRequest;
import org.migrationtracker.i18n.Refused;
import org.migrationtracker.security.CurrentUser;
import org.migrationtracker.security.Role;
import org.migrationtracker.security.SecurityEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Tokens for scripts: every signed-in user makes and revokes their own; admins also make them for other users (a
 * tracker user kept for a script is the service account, docs/adr/0029), see and revoke everyone's.
 */
@Service
public class ApiTokenService {

    private static final String SELECT = """
            select t.id, u.username, t.name, t.scope, t.created_at, t.created_by, t.expires_at, t.last_used_at
            from api_token t join tracker_user u on u.id = t.user_id""";
    private static final RowMapper<ApiToken> ROW = (rs, n) -> new ApiToken(rs.getLong("id"), rs.getString("username"),
            rs.getString("name"), ApiTokenScope.valueOf(rs.getString("scope")), rs.getTimestamp("created_at").toInstant(),
            rs.getString("created_by"), rs.getTimestamp("expires_at").toInstant(),
            rs.getTimestamp("last_used_at") == null ? null : rs.getTimestamp("last_used_at").toInstant());

    private final JdbcTemplate jdbc;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ApiTokenService(JdbcTemplate jdbc, CurrentUser currentUser, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** A token for the signed-in user; its secret is in the answer and nowhere else. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public CreatedApiToken create(String name, LocalDate expiresOn, ApiTokenScope scope) {
        return make(currentUser.name(), name, expiresOn, scope);
    }

    /** An admin makes a token for another tracker user, e.g. one kept for a scheduled task. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public CreatedApiToken createFor(String username, String name, LocalDate expiresOn, ApiTokenScope scope) {
        return make(username, name, expiresOn, scope);
    }

    /** The signed-in user's own tokens, newest first. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<ApiToken> mine() {
        return jdbc.query(SELECT + " where lower(u.username) = lower(?) order by t.created_at desc, t.id desc", ROW,
                currentUser.name());
    }

    /** Every user's tokens, for admins: by user, newest first. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public List<ApiToken> all() {
        return jdbc.query(SELECT + " order by u.username, t.created_at desc, t.id desc", ROW);
    }

    /** Ends a token at once, on every instance: the next call with it is refused. Admins revoke anyone's. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void revoke(long id) {
        var token = jdbc.query(SELECT + " where t.id = ?", ROW, id).stream().findFirst()
                .orElseThrow(() -> new Refused("tokens.gone"));
        if (!token.username().equals(currentUser.name()) && !currentUser.hasRole(Role.ADMIN)) {
            throw new Refused("tokens.not-yours");
        }
        jdbc.update("delete from api_token where id = ?", id);
        events.publishEvent(new SecurityEvent(SecurityEvent.Kind.TOKEN_REVOKED, currentUser.name(), token.username(),
                CurrentRequest.clientAddress(), describe(token)));
    }

    private CreatedApiToken make(String username, String name, LocalDate expiresOn, ApiTokenScope scope) {
        var now = clock.instant();
        var today = LocalDate.ofInstant(now, clock.getZone());
        ApiTokenRules.nameProblem(name).or(() -> ApiTokenRules.expiryProblem(expiresOn, today)).ifPresent(problem -> {
            throw new Refused(problem);
        });
        var userId = jdbc.queryForList("select id from tracker_user where lower(username) = lower(?) and enabled", Long.class,
                username.strip()).stream().findFirst().orElseThrow(() -> new Refused("tokens.no-such-user", username));
        String secret = ApiTokenSecret.generate();
        var expiresAt = ApiTokenRules.endOf(expiresOn, clock.getZone());
        long id;
        try {
            id = jdbc.queryForObject("""
                            insert into api_token (user_id, name, token_hash, scope, created_at, created_by, expires_at)
                            values (?, ?, ?, ?, ?, ?, ?) returning id""", Long.class,
                    userId, name.strip(), ApiTokenSecret.hash(secret), scope.name(), Timestamp.from(now), currentUser.name(),
                    Timestamp.from(expiresAt));
        } catch (DuplicateKeyException taken) {
            throw new Refused("tokens.name-taken", name.strip());
        }
        var token = jdbc.query(SELECT + " where t.id = ?", ROW, id).getFirst();
        events.publishEvent(new SecurityEvent(SecurityEvent.Kind.TOKEN_CREATED, currentUser.name(), token.username(),
                CurrentRequest.clientAddress(), describe(token)));
        return new CreatedApiToken(token, secret);
    }

    /** Words and ids only: never the secret or its hash. */
    private static String describe(ApiToken token) {
        return "token '" + token.name() + "' (id " + token.id() + "), " + token.scope() + ", expires " + token.expiresAt();
    }
}
