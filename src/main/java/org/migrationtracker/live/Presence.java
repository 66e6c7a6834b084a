package org.migrationtracker.live;

import com.vaadin.flow.shared.Registration;
import jakarta.annotation.PreDestroy;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Who is looking at what, across instances: each open screen part (a dialog, a lookup card) is a row in PostgreSQL's
 * {@code presence} table (unlogged: the screens rebuild it). A row ends when its screen closes, when its tab's UI
 * is detached, when its session ends, or when its tab's heartbeats stop: every {@value #REFRESH_SECONDS} seconds each
 * instance copies the time it last heard from each of its tabs into the rows, and a row not heard from for
 * {@link #expiry()} is gone for everyone (a crashed instance's viewers too). People are shown once per topic however
 * many tabs they have open on it. Entering and leaving publish {@link PresenceChanged}.
 */
@Service
public class Presence {

    static final int REFRESH_SECONDS = 10;

    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ViewerIdentity me;
    private final Duration expiry;
    private final UUID instance = UUID.randomUUID();
    private final Map<UUID, Local> local = new ConcurrentHashMap<>();

    /**
     * @param heartbeatSeconds how often an open tab sends a heartbeat; a tab that missed two is taken for gone, and
     *                         every instance reads the same setting, so they agree on when a row expires
     */
    Presence(JdbcTemplate jdbc, ApplicationEventPublisher events, Clock clock, ViewerIdentity me,
             @Value("${vaadin.heartbeatInterval:300}") int heartbeatSeconds) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
        this.me = me;
        // two heartbeats, plus the time until the instance copies the last one into the table
        this.expiry = Duration.ofSeconds(2L * heartbeatSeconds + REFRESH_SECONDS);
    }

    /** An open screen part: its viewer id, who it is, and how to leave when it closes. */
    public record Entered(UUID viewer, String username, Registration leave) {
    }

    /** One screen part of this instance: its row's facts, its session, and when its tab was last heard from. */
    private record Local(String topic, String session, String username, String roles, Instant opened,
                         Supplier<Instant> lastHeard) {
    }

    /** How long a row lives without news from its tab. */
    public Duration expiry() {
        return expiry;
    }

    /**
     * Records a screen part the user on this thread opened in a tab of {@code session}; call {@code leave} when it
     * closes. {@code lastHeard} tells when the tab last sent a heartbeat.
     */
    @PreAuthorize("isAuthenticated()")
    public Entered enter(String topic, String session, Supplier<Instant> lastHeard) {
        return enter(topic, me.username(), me.roles(), session, lastHeard);
    }

    /** Records an open screen part of a named user; call {@code leave} when it closes. */
    @PreAuthorize("isAuthenticated()")
    public Entered enter(String topic, String username, String roles, String session, Supplier<Instant> lastHeard) {
        var viewer = UUID.randomUUID();
        var opened = clock.instant();
        var now = Timestamp.from(opened);
        jdbc.update("insert into presence (viewer, instance, topic, username, roles, opened_at, seen_at) values (?, ?, ?, ?, ?, ?, ?)",
                viewer, instance, topic, username, roles, now, now);
        // a tab is alive when it enters, whatever its last heartbeat was
        local.put(viewer, new Local(topic, session, username, roles, opened, () -> later(opened, lastHeard.get())));
        events.publishEvent(new PresenceChanged(topic));
        return new Entered(viewer, username, () -> leave(viewer));
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private void leave(UUID viewer) {
        var left = local.remove(viewer);
        if (left != null) {
            jdbc.update("delete from presence where viewer = ?", viewer);
            events.publishEvent(new PresenceChanged(left.topic()));
        }
    }

    /** A session ended (signed out, timed out): every screen part it had open leaves. */
    @PreAuthorize("permitAll()") // the session is over: whoever or whatever ended it, its screens leave
    public void endSession(String session) {
        local.entrySet().stream().filter(entry -> entry.getValue().session().equals(session))
                .map(Map.Entry::getKey).toList()
                .forEach(this::leave);
    }

    /** The people who have a topic open now, once each (by their first screen), first comers first. */
    @PreAuthorize("isAuthenticated()")
    public List<Viewer> viewers(String topic) {
        return people("topic = ?", topic, "");
    }

    /** The people other than {@code username} who have a topic open now, once each, first comers first. */
    @PreAuthorize("isAuthenticated()")
    public List<Viewer> others(String topic, String username) {
        return people("topic = ?", topic, username);
    }

    /** The people other than {@code username} on every topic that starts with the prefix ("batch:"), by topic. */
    @PreAuthorize("isAuthenticated()")
    public Map<String, List<Viewer>> othersByPrefix(String prefix, String username) {
        var byTopic = new LinkedHashMap<String, List<Viewer>>();
        for (var viewer : people("topic like ?", prefix.replace("%", "\\%").replace("_", "\\_") + "%", username)) {
            byTopic.computeIfAbsent(viewer.topic(), topic -> new ArrayList<>()).add(viewer);
        }
        return byTopic;
    }

    private List<Viewer> people(String topicCondition, String topic, String excluded) {
        return jdbc.query("""
                select viewer, topic, username, roles, opened_at from (
                    select distinct on (topic, username) viewer, topic, username, roles, opened_at from presence
                    where %s and seen_at > ? and username <> ? order by topic, username, opened_at) first_screens
                order by opened_at, username""".formatted(topicCondition),
                (rs, n) -> new Viewer(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getTimestamp(5).toInstant()),
                topic, Timestamp.from(clock.instant().minus(expiry)), excluded);
    }

    /**
     * Copies when each of this instance's tabs was last heard from into its rows, and writes a row again for a tab
     * heard from after its row expired (a tab the browser throttled, a tablet waking up); a tab not heard from for
     * {@link #expiry()} has its row removed for everyone, and so do rows of other instances that stopped refreshing
     * theirs. A screen part leaves this instance only when it closes, its UI goes or its session ends.
     */
    @Scheduled(fixedDelay = REFRESH_SECONDS, initialDelay = REFRESH_SECONDS, timeUnit = TimeUnit.SECONDS)
    void refresh() {
        var cutoff = clock.instant().minus(expiry);
        var viewers = new ArrayList<UUID>();
        var topics = new ArrayList<String>();
        var usernames = new ArrayList<String>();
        var roles = new ArrayList<String>();
        var opened = new ArrayList<Timestamp>();
        var seen = new ArrayList<Timestamp>();
        local.forEach((viewer, part) -> {
            var heard = part.lastHeard().get();
            if (heard.isAfter(cutoff)) {
                viewers.add(viewer);
                topics.add(part.topic());
                usernames.add(part.username());
                roles.add(part.roles());
                opened.add(Timestamp.from(part.opened()));
                seen.add(Timestamp.from(heard));
            }
        });
        var back = new ArrayList<String>();
        if (!viewers.isEmpty()) {
            back.addAll(jdbc.query(con -> {
                var ps = con.prepareStatement("""
                        insert into presence (viewer, instance, topic, username, roles, opened_at, seen_at)
                        select heard.viewer, ?, heard.topic, heard.username, heard.roles, heard.opened_at, heard.seen_at
                        from unnest(?, ?, ?, ?, ?, ?) as heard (viewer, topic, username, roles, opened_at, seen_at)
                        on conflict (viewer) do update set seen_at = excluded.seen_at
                        returning (xmax = 0) as inserted, topic""");
                ps.setObject(1, instance);
                ps.setArray(2, con.createArrayOf("uuid", viewers.toArray()));
                ps.setArray(3, con.createArrayOf("varchar", topics.toArray()));
                ps.setArray(4, con.createArrayOf("varchar", usernames.toArray()));
                ps.setArray(5, con.createArrayOf("varchar", roles.toArray()));
                ps.setArray(6, con.createArrayOf("timestamptz", opened.toArray()));
                ps.setArray(7, con.createArrayOf("timestamptz", seen.toArray()));
                return ps;
            }, (rs, n) -> rs.getBoolean(1) ? rs.getString(2) : null));
        }
        var stale = jdbc.queryForList("delete from presence where seen_at <= ? returning topic", String.class,
                Timestamp.from(cutoff));
        Stream.concat(back.stream(), stale.stream()).filter(Objects::nonNull).distinct()
                .forEach(topic -> events.publishEvent(new PresenceChanged(topic)));
    }

    @PreDestroy
    void closeAll() {
        try {
            jdbc.update("delete from presence where instance = ?", instance);
        } catch (RuntimeException databaseGone) {
            // they expire for the other instances anyway
        }
    }
}
