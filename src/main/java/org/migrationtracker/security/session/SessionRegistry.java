package org.migrationtracker.security.session;

import org.jspecify.annotations.Nullable;
import org.migrationtracker.i18n.Refused;
import org.migrationtracker.security.CurrentUser;
import org.migrationtracker.security.SecurityEvent;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * The signed-in sessions of every instance, in PostgreSQL (docs/adr/0030). An instance writes its sessions' sign-in
 * and, at most once a minute, their last activity; whoever ends a session marks its row and tells every instance
 * ({@link SessionsEnded}); an instance that missed the notification finds the mark at the session's next check.
 */
@Service
public class SessionRegistry {

    /** How often an open session's last activity is written, and the registry asked whether it still stands. */
    static final Duration CHECK_INTERVAL = Duration.ofMinutes(1);
    /** Ended rows kept this long, then purged. */
    static final Duration KEPT = Duration.ofDays(30);

    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final CurrentUser currentUser;
    private final InstanceName instance;
    private final Duration absoluteLifetime;
    private final Duration idleTimeout;

    SessionRegistry(JdbcTemplate jdbc, ApplicationEventPublisher events, Clock clock, CurrentUser currentUser,
                    InstanceName instance,
                    @Value("${tracker.session.absolute-lifetime:12h}") Duration absoluteLifetime,
                    @Value("${server.servlet.session.timeout:30m}") Duration idleTimeout) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
        this.currentUser = currentUser;
        this.instance = instance;
        this.absoluteLifetime = absoluteLifetime;
        this.idleTimeout = idleTimeout;
    }

    /** How long a session may live from sign-in, however active. */
    public Duration absoluteLifetime() {
        return absoluteLifetime;
    }

    /** How long a session lives without its user doing anything. */
    public Duration idleTimeout() {
        return idleTimeout;
    }

    /** Records a sign-in on this instance and returns the mark its HTTP session keeps. */
    @Transactional
    SessionMark signedIn(String username, String roles, @Nullable String clientAddress) {
        var mark = new SessionMark(UUID.randomUUID(), username, clock.instant());
        var now = Timestamp.from(mark.signedInAt);
        var hash = jdbc.queryForList("select password_hash from tracker_user where lower(username) = lower(?)",
                String.class, username);
        jdbc.update("""
                insert into tracker_session (id, username, roles, credential_stamp, instance, client_address,
                                             signed_in_at, last_activity_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)""",
                mark.id, username, roles, hash.isEmpty() ? null : stamp(hash.getFirst()), instance.name(),
                clientAddress == null ? null : clientAddress.substring(0, Math.min(100, clientAddress.length())), now, now);
        events.publishEvent(new SessionsChanged(username));
        return mark;
    }

    /** A short digest of a password hash: tells that a password changed without keeping anything of it. */
    static String stamp(String passwordHash) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(passwordHash.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /**
     * Writes when the session's user last did something.
     *
     * @return false when the session was ended meanwhile (on another instance, or by a missed notification)
     */
    @Transactional
    boolean stillOpen(UUID id, Instant lastAction) {
        return jdbc.update("update tracker_session set last_activity_at = greatest(last_activity_at, ?) where id = ? and ended_at is null",
                Timestamp.from(lastAction), id) == 1;
    }

    /** The sessions signed in now, on every instance, longest first. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public List<SignedInSession> signedIn() {
        return jdbc.query("""
                select id, username, roles, instance, client_address, signed_in_at, last_activity_at
                from tracker_session where ended_at is null order by signed_in_at, username""",
                (rs, n) -> new SignedInSession(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getTimestamp(6).toInstant(), rs.getTimestamp(7).toInstant()));
    }

    /** Whether a session is the one the caller uses now (an admin may not end their own from the screen). */
    @PreAuthorize("isAuthenticated()")
    public boolean isCurrent(UUID id) {
        var mark = SessionMark.current();
        return mark != null && mark.id.equals(id);
    }

    /** An admin ends someone's session, on whatever instance it lives; their open screens go to the sign-in page. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void endByAdmin(UUID id) {
        if (isCurrent(id)) {
            throw new Refused("sessions.not-your-own");
        }
        if (end(List.of(id), SessionEnd.ENDED_BY_ADMIN).isEmpty()) {
            throw new Refused("sessions.already-ended");
        }
    }

    /** Ends sessions that are still open, records why and tells every instance; returns the ones it ended. */
    @Transactional
    List<UUID> end(Collection<UUID> ids, SessionEnd reason) {
        if (ids.isEmpty()) {
            return List.of();
        }
        var ended = new ArrayList<UUID>();
        var actor = currentUser.actor();
        jdbc.query(con -> {
            var ps = con.prepareStatement("""
                    update tracker_session set ended_at = ?, end_reason = ?
                    where id = any (?) and ended_at is null returning id, username, client_address""");
            ps.setTimestamp(1, Timestamp.from(clock.instant()));
            ps.setString(2, reason.name());
            ps.setArray(3, con.createArrayOf("uuid", ids.toArray()));
            return ps;
        }, rs -> {
            var id = rs.getObject(1, UUID.class);
            ended.add(id);
            String username = rs.getString(2);
            // whoever ended it: the admin, the user signing out, or the system for lifetimes and timeouts
            String by = reason == SessionEnd.SIGNED_OUT ? username : actor;
            events.publishEvent(new SecurityEvent(
                    reason == SessionEnd.SIGNED_OUT ? SecurityEvent.Kind.SIGN_OUT : SecurityEvent.Kind.SESSION_ENDED,
                    by, username, rs.getString(3), reason.detail()));
        });
        if (!ended.isEmpty() && reason != SessionEnd.SIGNED_OUT) {
            // the instance that holds the session invalidates it and sends its screens to the sign-in page
            events.publishEvent(new SessionsEnded(ended.stream().map(UUID::toString).toList(), reason));
        } else if (!ended.isEmpty()) {
            events.publishEvent(new SessionsChanged(currentUser.actor()));
        }
        return ended;
    }

    /** The open sessions of a user, with the rights and password they signed in with. */
    List<OpenSession> openSessionsOf(String username) {
        return jdbc.query("select id, roles, credential_stamp from tracker_session where lower(username) = lower(?) and ended_at is null",
                (rs, n) -> new OpenSession(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3)), username);
    }

    record OpenSession(UUID id, String roles, @Nullable String credentialStamp) {
    }

    /** Whether the registry still counts a session as open (an instance checks before acting on a stale id). */
    @Transactional(readOnly = true)
    boolean isOpen(UUID id) {
        return Boolean.TRUE.equals(jdbc.queryForObject("select exists (select 1 from tracker_session where id = ? and ended_at is null)",
                Boolean.class, id));
    }

    /**
     * Every minute, on every instance (each row ends once): sessions past their absolute lifetime end everywhere,
     * even when their tabs are closed; rows nobody refreshed for longer than the idle timeout belong to sessions that
     * timed out or to an instance that stopped; ended rows older than {@link #KEPT} go.
     */
    @Scheduled(fixedDelay = 60, initialDelay = 60, timeUnit = TimeUnit.SECONDS)
    @Transactional
    void sweep() {
        var now = clock.instant();
        end(jdbc.queryForList("select id from tracker_session where ended_at is null and signed_in_at <= ?",
                UUID.class, Timestamp.from(now.minus(absoluteLifetime))), SessionEnd.ABSOLUTE_LIFETIME);
        end(jdbc.queryForList("select id from tracker_session where ended_at is null and last_activity_at <= ?",
                UUID.class, Timestamp.from(now.minus(idleTimeout).minus(CHECK_INTERVAL.multipliedBy(2)))), SessionEnd.EXPIRED);
        jdbc.update("delete from tracker_session where ended_at <= ?", Timestamp.from(now.minus(KEPT)));
    }
}
