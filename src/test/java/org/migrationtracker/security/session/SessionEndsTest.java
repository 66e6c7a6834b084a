package org.migrationtracker.security.session;

import org.migrationtracker.TestUsers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.migrationtracker.IntegrationTest;
import org.migrationtracker.mailbox.MailboxTestData;
import org.migrationtracker.security.Role;
import org.migrationtracker.security.SecurityEvent;
import org.migrationtracker.security.TrackerUser;
import org.migrationtracker.security.TrackerUserService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import javax.sql.DataSource;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sessions end when they must, on every instance at once: two instances on the one test database, each signed in
 * through the real form, and the user changed through the first.
 */
@IntegrationTest
@RecordApplicationEvents
class SessionEndsTest {

    private static final String PASSWORD = "a-long-password";
    private static SecondInstance instanceB;

    @LocalServerPort int port;
    @Autowired DataSource dataSource;
    @Autowired TrackerUserService users;
    @Autowired JdbcTemplate jdbc;
    @Autowired ApplicationEvents events;
    private String username;
    private TrackerUser user;

    @BeforeEach
    void aLeadWithTheFirstInstance() {
        if (instanceB == null) {
            instanceB = new SecondInstance(dataSource);
        }
        username = "s" + UUID.randomUUID().toString().substring(0, 8);
        MailboxTestData.asAdmin(() -> user = users.create(username, "Session " + username, EnumSet.of(Role.LEAD), PASSWORD));
        TestUsers.choseOwnPassword(jdbc, username);
    }

    @AfterEach
    void backToThePresent() {
        instanceB.clock.reset();
    }

    @AfterAll
    static void stopSecondInstance() {
        if (instanceB != null) {
            instanceB.close();
            instanceB = null;
        }
    }

    private FormSignIn signedInOn(int instancePort) {
        var browser = new FormSignIn(instancePort);
        browser.signIn(username, PASSWORD);
        assertThat(browser.isSignedIn()).as("signed in").isTrue();
        return browser;
    }

    private List<String> endReasons() {
        return jdbc.queryForList("select end_reason from tracker_session where username = ? order by signed_in_at",
                String.class, username);
    }

    private void change(Runnable change) {
        MailboxTestData.asAdmin(change);
    }

    @Test
    void disabling_a_user_ends_their_sessions_on_this_instance_and_on_the_other_at_once() {
        var onA = signedInOn(port);
        var onB = signedInOn(instanceB.port());
        var sessionsOnB = instanceB.bean(LocalSessions.class);
        int heldByB = sessionsOnB.count();

        change(() -> users.update(user.getId(), user.getVersion(), user.getDisplayName(), user.getRoles(), false));

        assertThat(onA.isSignedIn()).as("on this instance").isFalse();
        // the other instance ends it on the notification, before any request of that browser comes
        assertThat(eventually(() -> sessionsOnB.count() == heldByB - 1)).as("instance B invalidated it").isTrue();
        assertThat(onB.isSignedIn()).as("on the other instance").isFalse();
        assertThat(endReasons()).containsExactly("USER_DISABLED", "USER_DISABLED");
        assertThat(events.stream(SecurityEvent.class).filter(event -> username.equals(event.subject())))
                .filteredOn(event -> event.kind() == SecurityEvent.Kind.SESSION_ENDED)
                .hasSize(2).allSatisfy(event -> assertThat(event.detail()).isEqualTo("user disabled"));
    }

    @Test
    void changing_a_users_roles_ends_their_sessions() {
        var onA = signedInOn(port);
        var onB = signedInOn(instanceB.port());

        change(() -> users.update(user.getId(), user.getVersion(), user.getDisplayName(), EnumSet.of(Role.HELPDESK), true));

        assertThat(onA.isSignedIn()).isFalse();
        assertThat(eventually(() -> !onB.isSignedIn())).isTrue();
        assertThat(endReasons()).containsExactly("ROLES_CHANGED", "ROLES_CHANGED");
    }

    @Test
    void resetting_a_users_password_ends_their_sessions() {
        var onA = signedInOn(port);

        change(() -> users.resetPassword(user.getId(), user.getVersion(), "another-long-password"));

        assertThat(onA.isSignedIn()).isFalse();
        assertThat(endReasons()).containsExactly("PASSWORD_RESET");
        assertThat(new FormSignIn(port).signIn(username, "another-long-password")).doesNotContain("error");
    }

    @Test
    void renaming_a_user_leaves_their_session_open() {
        var onA = signedInOn(port);

        change(() -> users.update(user.getId(), user.getVersion(), "Renamed " + username, user.getRoles(), true));

        assertThat(onA.isSignedIn()).isTrue();
        assertThat(endReasons()).containsOnlyNulls();
    }

    @Test
    void an_active_session_ends_at_its_absolute_lifetime() {
        var onB = signedInOn(instanceB.port());
        var lifetime = instanceB.bean(SessionRegistry.class).absoluteLifetime();
        assertThat(lifetime).isEqualTo(Duration.ofHours(12));

        instanceB.clock.advance(lifetime.minusMinutes(1));
        assertThat(onB.isSignedIn()).as("a minute before").isTrue();
        instanceB.clock.advance(Duration.ofMinutes(1));

        assertThat(onB.isSignedIn()).as("at its lifetime, active or not").isFalse();
        assertThat(endReasons()).containsExactly("ABSOLUTE_LIFETIME");
    }

    @Test
    void a_session_ended_while_its_instance_missed_the_notification_ends_at_its_next_check() {
        var onB = signedInOn(instanceB.port());
        // as if the notification was lost: the row says ended, instance B was not told
        jdbc.update("update tracker_session set ended_at = now(), end_reason = 'ENDED_BY_ADMIN' where username = ?", username);
        assertThat(onB.isSignedIn()).as("until the check is due").isTrue();

        instanceB.clock.advance(SessionRegistry.CHECK_INTERVAL);

        assertThat(onB.isSignedIn()).isFalse();
    }

    private static boolean eventually(BooleanSupplier condition) {
        long deadline = System.currentTimeMillis() + 5_000;
        while (System.currentTimeMillis() < deadline) {
            if (condition.getAsBoolean()) {
                return true;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return condition.getAsBoolean();
    }
}
