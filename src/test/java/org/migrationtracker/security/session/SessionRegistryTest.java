package org.migrationtracker.security.session;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.migrationtracker.IntegrationTest;
import org.migrationtracker.i18n.Refused;
import org.migrationtracker.security.SecurityEvent;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The registry's own rules: whose session may be ended, and what the once-a-minute sweep ends. */
@IntegrationTest
@RecordApplicationEvents
class SessionRegistryTest {

    @Autowired ApplicationEvents events;
    @Autowired SessionRegistry registry;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void noRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    @WithMockUser(username = "ada", roles = "ADMIN")
    void an_admin_may_not_end_the_session_they_are_using() {
        var mark = registry.signedIn("ada", "ADMIN", "127.0.0.1");
        var request = new MockHttpServletRequest();
        request.getSession(true).setAttribute(SessionMark.ATTRIBUTE, mark);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));

        assertThat(registry.isCurrent(mark.id)).isTrue();
        assertThatThrownBy(() -> registry.endByAdmin(mark.id)).isInstanceOf(Refused.class)
                .hasMessageContaining("sign out instead");
        assertThat(registry.isOpen(mark.id)).isTrue();
    }

    @Test
    @WithMockUser(username = "harry", roles = "HELPDESK")
    void only_admins_see_or_end_sessions() {
        assertThatThrownBy(() -> registry.signedIn()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> registry.endByAdmin(UUID.randomUUID())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_sign_out_is_recorded_as_the_users_own_sign_out_and_an_ended_session_with_its_reason() {
        var signingOut = registry.signedIn("lead-a", "LEAD", "192.0.2.10");
        var lapsed = registry.signedIn("lead-b", "LEAD", "192.0.2.11");

        registry.end(java.util.List.of(signingOut.id), SessionEnd.SIGNED_OUT);
        registry.end(java.util.List.of(lapsed.id), SessionEnd.ABSOLUTE_LIFETIME);
        registry.end(java.util.List.of(lapsed.id), SessionEnd.EXPIRED);

        assertThat(events.stream(SecurityEvent.class).filter(event -> event.subject() != null
                && event.subject().startsWith("lead-")).toList()).containsExactly(
                new SecurityEvent(SecurityEvent.Kind.SIGN_OUT, "lead-a", "lead-a", "192.0.2.10", "signed out"),
                new SecurityEvent(SecurityEvent.Kind.SESSION_ENDED, "system", "lead-b", "192.0.2.11", "absolute lifetime reached"));
        assertThat(events.stream(SessionsEnded.class)).containsExactly(
                new SessionsEnded(java.util.List.of(lapsed.id.toString()), SessionEnd.ABSOLUTE_LIFETIME));
    }

    @Test
    void the_sweep_ends_sessions_past_their_lifetime_and_rows_nobody_refreshed_and_purges_old_ended_rows() {
        var now = Instant.now();
        var old = row(now.minus(Duration.ofHours(13)), now.minus(Duration.ofMinutes(1)), null);
        var abandoned = row(now.minus(Duration.ofHours(2)), now.minus(Duration.ofMinutes(40)), null);
        var active = row(now.minus(Duration.ofHours(2)), now.minus(Duration.ofMinutes(1)), null);
        var longEnded = row(now.minus(Duration.ofDays(40)), now.minus(Duration.ofDays(40)), now.minus(Duration.ofDays(31)));

        registry.sweep();

        assertThat(reason(old)).isEqualTo("ABSOLUTE_LIFETIME");
        assertThat(reason(abandoned)).isEqualTo("EXPIRED");
        assertThat(registry.isOpen(active)).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from tracker_session where id = ?", Integer.class, longEnded)).isZero();
    }

    private UUID row(Instant signedIn, Instant lastActivity, Instant ended) {
        var id = UUID.randomUUID();
        jdbc.update("""
                insert into tracker_session (id, username, roles, instance, signed_in_at, last_activity_at, ended_at, end_reason)
                values (?, 'sweep-test', 'LEAD', 'elsewhere', ?, ?, ?, ?)""", id, Timestamp.from(signedIn),
                Timestamp.from(lastActivity), ended == null ? null : Timestamp.from(ended), ended == null ? null : "SIGNED_OUT");
        return id;
    }

    private String reason(UUID id) {
        return jdbc.queryForObject("select end_reason from tracker_session where id = ?", String.class, id);
    }
}
