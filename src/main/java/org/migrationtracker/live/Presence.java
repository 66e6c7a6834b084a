package org.migrationtracker.live;

import com.vaadin.flow.shared.Registration;
import jakarta.annotation.PreDestroy;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Who is looking at what, across instances: each open detail screen is a row in PostgreSQL's {@code presence}
 * table (unlogged: it is rebuilt by the screens), refreshed every 20 seconds while the screen is open and ignored
 * after 90, so a crashed instance's viewers fade out. Entering and leaving publish {@link PresenceChanged}.
 */
@Service
public class Presence {

    static final int STALE_SECONDS = 90;

    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ViewerIdentity me;
    private final UUID instance = UUID.randomUUID();
    private final Set<UUID> local = ConcurrentHashMap.newKeySet();

    Presence(JdbcTemplate jdbc, ApplicationEventPublisher events, Clock clock, ViewerIdentity me) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
        this.me = me;
    }

    /** An open screen: its viewer id, and how to leave when it closes. */
    public record Entered(UUID viewer, Registration leave) {
    }

    /** Records a screen the user on this thread opened; call {@code leave} when it closes. */
    public Entered enter(String topic) {
        return enter(topic, me.username(), me.roles());
    }

    /** Records an open screen; call {@code leave} when it closes. */
    public Entered enter(String topic, String username, String roles) {
        var viewer = UUID.randomUUID();
        var now = Timestamp.from(clock.instant());
        jdbc.update("insert into presence (viewer, instance, topic, username, roles, opened_at, seen_at) values (?, ?, ?, ?, ?, ?, ?)",
                viewer, instance, topic, username, roles, now, now);
        local.add(viewer);
        events.publishEvent(new PresenceChanged(topic));
        return new Entered(viewer, () -> leave(viewer, topic));
    }

    private void leave(UUID viewer, String topic) {
        if (local.remove(viewer)) {
            jdbc.update("delete from presence where viewer = ?", viewer);
            events.publishEvent(new PresenceChanged(topic));
        }
    }

    /** The screens open on a topic now, oldest first. */
    public List<Viewer> viewers(String topic) {
        return jdbc.query("""
                select viewer, topic, username, roles, opened_at from presence
                where topic = ? and seen_at > now() - make_interval(secs => ?) order by opened_at""",
                (rs, n) -> new Viewer(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getTimestamp(5).toInstant()), topic, STALE_SECONDS);
    }

    /** The screens open on every topic that starts with the prefix ("batch:"), by topic. */
    public Map<String, List<Viewer>> viewersByPrefix(String prefix) {
        var byTopic = new LinkedHashMap<String, List<Viewer>>();
        jdbc.query("""
                select viewer, topic, username, roles, opened_at from presence
                where topic like ? and seen_at > now() - make_interval(secs => ?) order by opened_at""", rs -> {
            var viewer = new Viewer(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4),
                    rs.getTimestamp(5).toInstant());
            byTopic.computeIfAbsent(viewer.topic(), topic -> new ArrayList<>()).add(viewer);
        }, prefix.replace("%", "\\%") + "%", STALE_SECONDS);
        return byTopic;
    }

    @Scheduled(fixedDelay = 20_000, initialDelay = 20_000)
    void heartbeat() {
        if (!local.isEmpty()) {
            jdbc.update(con -> {
                var ps = con.prepareStatement("update presence set seen_at = now() where viewer = any(?)");
                ps.setArray(1, con.createArrayOf("uuid", local.toArray()));
                return ps;
            });
        }
        // screens of instances that died: gone for everyone
        var stale = jdbc.queryForList("delete from presence where seen_at < now() - make_interval(secs => ?) returning topic",
                String.class, STALE_SECONDS);
        stale.stream().distinct().forEach(topic -> events.publishEvent(new PresenceChanged(topic)));
    }

    @PreDestroy
    void closeAll() {
        try {
            jdbc.update("delete from presence where instance = ?", instance);
        } catch (RuntimeException databaseGone) {
            // they fade out after 90 seconds anyway
        }
    }
}
