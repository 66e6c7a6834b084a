package org.migrationtracker.security;

import org.junit.jupiter.api.Test;
import org.migrationtracker.IntegrationTest;
import org.migrationtracker.mailbox.MailboxTestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.EnumSet;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A password an admin set is changed by its user before anything else; users change their own with the current one. */
@IntegrationTest
@RecordApplicationEvents
class OwnPasswordTest {

    private static final String HANDED_OVER = "Handed-over-2026";
    private static final String CHOSEN = "Only-I-know-this-1";

    @LocalServerPort int port;
    @Autowired TrackerUserService users;
    @Autowired AccountService account;
    @Autowired TrackerUserRepository repository;
    @Autowired PasswordEncoder passwordEncoder;
    @Autowired ApplicationEvents events;
    @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;
    private final HttpClient http = HttpClient.newHttpClient();

    private String createdByAnAdmin() {
        String name = "p" + UUID.randomUUID().toString().substring(0, 8);
        MailboxTestData.asAdmin(() -> users.create(name, "Newcomer " + name, EnumSet.of(Role.LEAD), HANDED_OVER));
        return name;
    }

    @Test
    void the_api_refuses_a_password_an_admin_set_until_its_user_chose_their_own() throws Exception {
        String name = createdByAnAdmin();

        var refused = get(name, HANDED_OVER);
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("An admin set your password").contains("My account");

        as(name, () -> account.changeOwnPassword(HANDED_OVER, CHOSEN));

        assertThat(get(name, CHOSEN).statusCode()).isEqualTo(200);
        assertThat(get(name, HANDED_OVER).statusCode()).isEqualTo(401);
    }

    @Test
    void a_wrong_current_password_is_refused_at_the_current_field_and_changes_nothing() {
        String name = createdByAnAdmin();

        assertThatThrownBy(() -> as(name, () -> account.changeOwnPassword("Not-the-one-I-got", CHOSEN)))
                .isInstanceOfSatisfying(PasswordChangeRefused.class, refused -> {
                    assertThat(refused.aboutCurrent()).isTrue();
                    assertThat(refused).hasMessage("This is not your current password");
                });
        var stored = repository.findByUsername(name).orElseThrow();
        assertThat(passwordEncoder.matches(HANDED_OVER, stored.getPasswordHash())).isTrue();
        assertThat(stored.isPasswordChangeRequired()).isTrue();
    }

    @Test
    void a_new_password_the_rules_refuse_or_the_same_one_is_refused_at_the_new_field() {
        String name = createdByAnAdmin();

        assertThatThrownBy(() -> as(name, () -> account.changeOwnPassword(HANDED_OVER, "secret-of-" + name)))
                .isInstanceOfSatisfying(PasswordChangeRefused.class, refused -> assertThat(refused.aboutCurrent()).isFalse())
                .hasMessage("Password must not contain the user name");
        assertThatThrownBy(() -> as(name, () -> account.changeOwnPassword(HANDED_OVER, HANDED_OVER)))
                .hasMessage("The new password must differ from the current one");
        assertThatThrownBy(() -> as(name, () -> account.changeOwnPassword(HANDED_OVER, "Ø".repeat(40))))
                .hasMessageStartingWith("Password is too long: at most 72 bytes");
        assertThat(passwordEncoder.matches(HANDED_OVER, repository.findByUsername(name).orElseThrow().getPasswordHash())).isTrue();
    }

    @Test
    void a_changed_password_is_a_security_event_that_names_the_user_and_not_the_password() {
        String name = createdByAnAdmin();

        as(name, () -> account.changeOwnPassword(HANDED_OVER, CHOSEN));

        assertThat(events.stream(SecurityEvent.class).filter(event -> event.kind() == SecurityEvent.Kind.PASSWORD_CHANGED))
                .singleElement().satisfies(event -> {
                    assertThat(event.actor()).isEqualTo(name);
                    assertThat(event.subject()).isEqualTo(name);
                    assertThat(event.toString()).doesNotContain(CHOSEN).doesNotContain(HANDED_OVER);
                });
        assertThat(repository.findByUsername(name).orElseThrow().isPasswordChangeRequired()).isFalse();
    }

    @Test
    void an_admin_resetting_a_password_makes_its_user_choose_again() throws Exception {
        String name = createdByAnAdmin();
        as(name, () -> account.changeOwnPassword(HANDED_OVER, CHOSEN));
        var user = repository.findByUsername(name).orElseThrow();

        MailboxTestData.asAdmin(() -> users.resetPassword(user.getId(), user.getVersion(), "Reset-by-helpdesk-9"));

        assertThat(get(name, "Reset-by-helpdesk-9").statusCode()).isEqualTo(403);
    }

    @Test
    void a_directory_user_has_no_password_here_to_change() {
        String name = "d" + UUID.randomUUID().toString().substring(0, 8);
        jdbc.update("""
                insert into tracker_user (username, display_name, password_hash, enabled, source, created_at, updated_at, version)
                values (?, 'From AD', '{directory}', true, 'DIRECTORY', now(), now(), 0)""", name);

        assertThatThrownBy(() -> as(name, () -> account.changeOwnPassword("whatever-they-typed", CHOSEN)))
                .isInstanceOf(PasswordChangeRefused.class)
                .hasMessageContaining("directory account");
        assertThat(jdbc.queryForObject("select password_hash from tracker_user where username = ?", String.class, name))
                .isEqualTo("{directory}");
    }

    private static void as(String username, Runnable work) {
        var context = SecurityContextHolder.getContext();
        var previous = context.getAuthentication();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, "",
                AuthorityUtils.createAuthorityList("ROLE_LEAD", PasswordChange.REQUIRED.getAuthority())));
        try {
            work.run();
        } finally {
            context.setAuthentication(previous);
        }
    }

    private HttpResponse<String> get(String user, String password) throws IOException, InterruptedException {
        var basic = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/project"))
                .header("Authorization", "Basic " + basic).build(), HttpResponse.BodyHandlers.ofString());
    }
}
