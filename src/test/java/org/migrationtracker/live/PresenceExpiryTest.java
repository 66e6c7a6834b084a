package org.migrationtracker.live;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.migrationtracker.IntegrationTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A tab whose heartbeats stop leaves after two missed heartbeats and one refresh (40 s with heartbeats every 15 s),
 * on every instance alike; time is pinned, so the tests say exactly when.
 */
@IntegrationTest
@WithMockUser(username = "ada", roles = "ADMIN") // Presence answers signed-in users only
class PresenceExpiryTest {

    private static final String TOPIC = "mailbox:42";

    @Autowired JdbcTemplate jdbc;

    private final PinnedClock clock = new PinnedClock(Instant.now().truncatedTo(ChronoUnit.SECONDS));
    private final List<Object> events = new ArrayList<>();

    @BeforeEach
    void nobodyThere() {
        jdbc.execute("truncate presence");
    }

    /** An instance of the tracker: its own presence over the shared table, heartbeats every 15 s. */
    private Presence instance() {
        ViewerIdentity nobody = new ViewerIdentity() {
            @Override
            public String username() {
                throw new AssertionError("these tests name their viewers");
            }

            @Override
            public String roles() {
                throw new AssertionError("these tests name their viewers");
            }
        };
        return new Presence(jdbc, events::add, clock, nobody, 15);
    }

    private static List<String> names(List<Viewer> viewers) {
        return viewers.stream().map(Viewer::username).toList();
    }

    @Test
    void a_tab_that_keeps_sending_heartbeats_stays() {
        var presence = instance();
        var heard = new AtomicReference<>(clock.instant());
        presence.enter(TOPIC, "harry", "HELPDESK", "harry's session", heard::get);

        for (int minute = 0; minute < 3; minute++) {
            clock.advance(Duration.ofSeconds(15));
            heard.set(clock.instant());
            presence.refresh();
            clock.advance(Duration.ofSeconds(15));
            heard.set(clock.instant());
            presence.refresh();
        }

        assertThat(names(presence.viewers(TOPIC))).containsExactly("harry");
    }

    @Test
    void a_tab_whose_heartbeats_stop_leaves_40_seconds_after_the_last_one() {
        var presence = instance();
        var heard = new AtomicReference<>(clock.instant());
        presence.enter(TOPIC, "harry", "HELPDESK", "harry's session", heard::get);
        clock.advance(Duration.ofSeconds(10));
        heard.set(clock.instant());
        presence.refresh();
        events.clear();

        clock.advance(Duration.ofSeconds(39));
        presence.refresh();
        assertThat(names(presence.viewers(TOPIC))).as("39 s after the last heartbeat").containsExactly("harry");
        assertThat(events).isEmpty();

        clock.advance(Duration.ofSeconds(2));
        presence.refresh();
        assertThat(presence.viewers(TOPIC)).as("41 s after the last heartbeat").isEmpty();
        assertThat(events).containsExactly(new PresenceChanged(TOPIC));
    }

    @Test
    void a_tab_heard_from_again_after_its_row_expired_is_shown_again() {
        var presence = instance();
        var heard = new AtomicReference<>(clock.instant());
        presence.enter(TOPIC, "harry", "HELPDESK", "harry's session", heard::get);
        clock.advance(Duration.ofSeconds(60)); // a hidden tab, its timers throttled by the browser
        presence.refresh();
        assertThat(presence.viewers(TOPIC)).isEmpty();
        events.clear();

        heard.set(clock.instant()); // its heartbeat arrives again
        presence.refresh();

        assertThat(names(presence.viewers(TOPIC))).containsExactly("harry");
        assertThat(events).containsExactly(new PresenceChanged(TOPIC));
    }

    @Test
    void the_viewers_of_an_instance_that_stopped_expire_for_the_other_instances() {
        var crashed = instance();
        var survivor = instance();
        crashed.enter(TOPIC, "harry", "HELPDESK", "harry's session", clock::instant);
        assertThat(names(survivor.viewers(TOPIC))).containsExactly("harry");

        clock.advance(Duration.ofSeconds(41));
        assertThat(survivor.viewers(TOPIC)).as("no refresh for longer than the expiry").isEmpty();

        events.clear();
        survivor.refresh();
        assertThat(jdbc.queryForObject("select count(*) from presence", Integer.class)).isZero();
        assertThat(events).containsExactly(new PresenceChanged(TOPIC));
    }

    @Test
    void an_ended_session_takes_all_its_screens_and_only_its_own() {
        var presence = instance();
        presence.enter(TOPIC, "ada", "ADMIN", "ada's session", clock::instant);
        presence.enter("batch:Finance1", "ada", "ADMIN", "ada's session", clock::instant);
        presence.enter(TOPIC, "harry", "HELPDESK", "harry's session", clock::instant);

        presence.endSession("ada's session");

        assertThat(names(presence.viewers(TOPIC))).containsExactly("harry");
        assertThat(presence.viewers("batch:Finance1")).isEmpty();
    }

    /** A clock the test moves by hand. */
    private static final class PinnedClock extends Clock {
        private Instant now;

        PinnedClock(Instant now) {
            this.now = now;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
