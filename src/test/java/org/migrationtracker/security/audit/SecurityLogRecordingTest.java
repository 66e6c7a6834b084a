package org.migrationtracker.security.audit;

import org.migrationtracker.TestUsers;
import org.junit.jupiter.api.Test;
import org.migrationtracker.ApiCalls;
import org.migrationtracker.IntegrationTest;
import org.migrationtracker.mailbox.MailboxTestData;
import org.migrationtracker.security.Role;
import org.migrationtracker.security.SecurityEvent;
import org.migrationtracker.security.TrackerUser;
import org.migrationtracker.security.TrackerUserService;
import org.migrationtracker.security.audit.SecurityLogRows.Row;
import org.migrationtracker.security.session.FormSignIn;
import org.migrationtracker.security.token.ApiTokenScope;
import org.migrationtracker.security.token.ApiTokenService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.EnumSet;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Each kind the security log takes from the application is recorded once, with who did it, to whom and from where. */
@IntegrationTest
class SecurityLogRecordingTest {

    private static final String PASSWORD = "a-long-password";

    @LocalServerPort int port;
    @Autowired TrackerUserService users;
    @Autowired ApiTokenService tokens;
    @Autowired JdbcTemplate jdbc;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate transaction;

    private String newUser(Role role) {
        String name = SecurityLogRows.uniqueName("sl");
        MailboxTestData.asAdmin(() -> users.create(name, "Log " + name, EnumSet.of(role), PASSWORD));
        TestUsers.choseOwnPassword(jdbc, name);
        return name;
    }

    private HttpResponse<String> basic(String user, String method, String path) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, HttpRequest.BodyPublishers.ofString("{}"))
                .header("Content-Type", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + PASSWORD)
                        .getBytes(StandardCharsets.UTF_8))).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void a_sign_in_through_the_form_is_one_record_with_the_user_and_the_client_address() {
        String name = newUser(Role.LEAD);
        var browser = new FormSignIn(port).with("X-Forwarded-For", "198.51.100.7");

        browser.signIn(name, PASSWORD);

        assertThat(browser.isSignedIn()).isTrue();
        assertThat(SecurityLogRows.about(jdbc, name, "SIGN_IN")).singleElement().satisfies(row -> {
            assertThat(row.actor()).isEqualTo(name);
            assertThat(row.subject()).isEqualTo(name);
            assertThat(row.clientAddress()).isEqualTo("198.51.100.7");
            assertThat(row.detail()).isEqualTo("sign-in form");
            assertThat(row.instance()).isNotBlank();
        });
    }

    @Test
    void api_calls_with_http_basic_are_one_sign_in_per_user_within_the_interval() throws Exception {
        String name = newUser(Role.LEAD);

        for (int call = 0; call < 3; call++) {
            assertThat(basic(name, "GET", "/api/v1/mailboxes").statusCode()).isEqualTo(200);
        }

        assertThat(SecurityLogRows.about(jdbc, name, "SIGN_IN")).singleElement().satisfies(row -> {
            assertThat(row.actor()).isEqualTo(name);
            assertThat(row.detail()).startsWith("API call with HTTP Basic: GET /api/v1/mailboxes");
        });
    }

    @Test
    void api_calls_with_a_token_are_one_sign_in_naming_the_token_and_its_creation_is_recorded() throws Exception {
        String name = newUser(Role.LEAD);
        var created = new AtomicReference<String>();
        SecurityLogRows.as(name, "LEAD", () -> created.set(tokens.create("log-script", LocalDate.now().plusDays(5),
                ApiTokenScope.READ_ONLY).secret()));

        var api = new ApiCalls(port);
        for (int call = 0; call < 2; call++) {
            assertThat(api.sendWithToken(created.get(), "GET", "/api/v1/mailboxes", null, null).statusCode()).isEqualTo(200);
        }

        assertThat(SecurityLogRows.about(jdbc, name, "TOKEN_CREATED")).singleElement().satisfies(row -> {
            assertThat(row.actor()).isEqualTo(name);
            assertThat(row.subject()).isEqualTo(name);
            assertThat(row.detail()).contains("'log-script'");
        });
        assertThat(SecurityLogRows.about(jdbc, name, "SIGN_IN")).singleElement()
                .satisfies(row -> assertThat(row.detail()).startsWith("API call with API token 'log-script' (id "));
        assertThat(SecurityLogRows.about(jdbc, name)).allSatisfy(row -> assertThat(row.detail()).doesNotContain(created.get()));
    }

    @Test
    void a_refused_endpoint_is_recorded_once_with_the_user_and_the_endpoint() throws Exception {
        String name = newUser(Role.HELPDESK);

        assertThat(basic(name, "PATCH", "/api/v1/mailboxes/nobody@contoso.com?version=1").statusCode()).isEqualTo(403);

        assertThat(SecurityLogRows.about(jdbc, name, "ACCESS_REFUSED")).singleElement().satisfies(row -> {
            assertThat(row.actor()).isEqualTo(name);
            assertThat(row.subject()).isNull();
            // the path, never the query string
            assertThat(row.detail()).isEqualTo("endpoint PATCH /api/v1/mailboxes/nobody@contoso.com");
            assertThat(row.clientAddress()).isNotBlank();
        });
    }

    @Test
    void a_service_method_refused_behind_an_open_endpoint_is_recorded_once_as_the_method() throws Exception {
        String name = newUser(Role.LEAD);

        // the lead may read batches, but only admins download a batch's CSV: the service refuses it
        assertThat(basic(name, "GET", "/api/v1/batches/NoSuchBatch/csv").statusCode()).isEqualTo(403);

        assertThat(SecurityLogRows.about(jdbc, name, "ACCESS_REFUSED")).singleElement()
                .satisfies(row -> assertThat(row.detail()).startsWith("service method ").doesNotContain("NoSuchBatch"));
    }

    @Test
    void a_read_only_token_refused_a_write_and_a_revoked_token_are_recorded_with_the_token_never_its_secret() throws Exception {
        String name = newUser(Role.ADMIN);
        var created = new AtomicReference<org.migrationtracker.security.token.CreatedApiToken>();
        SecurityLogRows.as(name, "ADMIN", () -> created.set(tokens.create("read-only-script", LocalDate.now().plusDays(5),
                ApiTokenScope.READ_ONLY)));

        var refused = new ApiCalls(port).sendWithToken(created.get().secret(), "POST", "/api/v1/batches",
                "application/json", "{}");
        SecurityLogRows.as(name, "ADMIN", () -> tokens.revoke(created.get().token().id()));

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(SecurityLogRows.about(jdbc, name, "ACCESS_REFUSED")).singleElement()
                .satisfies(row -> assertThat(row.detail()).contains("read-only API token 'read-only-script'", "POST /api/v1/batches"));
        assertThat(SecurityLogRows.about(jdbc, name, "TOKEN_REVOKED")).singleElement().satisfies(row -> {
            assertThat(row.actor()).isEqualTo(name);
            assertThat(row.subject()).isEqualTo(name);
        });
        assertThat(SecurityLogRows.about(jdbc, name)).allSatisfy(row -> assertThat(row.detail()).doesNotContain(created.get().secret()));
    }

    @Test
    void disabling_a_signed_in_user_records_the_change_and_the_session_it_ended_both_by_the_admin() {
        String name = newUser(Role.LEAD);
        var browser = new FormSignIn(port);
        browser.signIn(name, PASSWORD);
        assertThat(browser.isSignedIn()).isTrue();

        MailboxTestData.asAdmin(() -> {
            var user = users.findAll().stream().filter(u -> u.getUsername().equals(name)).findFirst().orElseThrow();
            users.update(user.getId(), user.getVersion(), user.getDisplayName(), user.getRoles(), false);
        });

        var rows = SecurityLogRows.about(jdbc, name);
        assertThat(rows).extracting(Row::kind).containsSubsequence("USER_CREATED", "SIGN_IN", "USER_CHANGED", "SESSION_ENDED");
        assertThat(SecurityLogRows.about(jdbc, name, "USER_CHANGED")).singleElement().satisfies(row -> {
            assertThat(row.actor()).isEqualTo("fixture-admin");
            assertThat(row.detail()).isEqualTo("disabled");
        });
        assertThat(SecurityLogRows.about(jdbc, name, "SESSION_ENDED")).singleElement().satisfies(row -> {
            assertThat(row.actor()).isEqualTo("fixture-admin");
            assertThat(row.subject()).isEqualTo(name);
            assertThat(row.detail()).isEqualTo("user disabled");
        });
    }

    @Test
    void a_refused_service_method_is_recorded_once_even_when_the_callers_transaction_rolls_back() {
        String name = SecurityLogRows.uniqueName("hd");

        SecurityLogRows.as(name, "HELPDESK", () -> transaction.executeWithoutResult(status -> {
            assertThatThrownBy(users::findAll).isInstanceOf(AccessDeniedException.class);
            status.setRollbackOnly();
        }));

        assertThat(SecurityLogRows.about(jdbc, name)).singleElement().satisfies(row -> {
            assertThat(row.kind()).isEqualTo("ACCESS_REFUSED");
            assertThat(row.detail()).isEqualTo("service method TrackerUserService.findAll");
        });
    }

    @Test
    void user_management_changes_name_the_admin_the_user_and_what_changed_never_the_password() {
        String name = newUser(Role.HELPDESK);
        var found = new AtomicReference<TrackerUser>();
        MailboxTestData.asAdmin(() -> found.set(users.findAll().stream().filter(u -> u.getUsername().equals(name)).findFirst().orElseThrow()));
        var user = found.get();

        MailboxTestData.asAdmin(() -> {
            var changed = users.update(user.getId(), user.getVersion(), "Renamed " + name, EnumSet.of(Role.LEAD, Role.ADMIN), false);
            users.resetPassword(changed.getId(), changed.getVersion(), "the-new-password-42");
        });

        var rows = SecurityLogRows.about(jdbc, name);
        assertThat(rows).extracting(Row::kind).containsExactly("USER_CREATED", "USER_CHANGED", "PASSWORD_RESET");
        assertThat(rows).allSatisfy(row -> {
            assertThat(row.actor()).isEqualTo("fixture-admin");
            assertThat(row.subject()).isEqualTo(name);
            assertThat(row.detail()).doesNotContain(PASSWORD, "the-new-password-42");
        });
        assertThat(rows.get(0).detail()).isEqualTo("display name 'Log " + name + "', roles HELPDESK");
        assertThat(rows.get(1).detail()).isEqualTo("display name 'Log " + name + "' → 'Renamed " + name
                + "'; roles HELPDESK → ADMIN, LEAD; disabled");
        assertThat(rows.get(2).detail()).isEqualTo("password set by an admin");
    }

    @Test
    void a_user_management_change_that_rolls_back_is_not_recorded() {
        String name = SecurityLogRows.uniqueName("rb");

        MailboxTestData.asAdmin(() -> transaction.executeWithoutResult(status -> {
            users.create(name, "Never " + name, EnumSet.of(Role.LEAD), PASSWORD);
            status.setRollbackOnly();
        }));

        assertThat(SecurityLogRows.about(jdbc, name)).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from tracker_user where username = ?", Integer.class, name))
                .as("the user").isZero();
    }

    @Test
    void an_anonymous_visitor_sent_to_the_sign_in_page_is_not_a_refusal() {
        long before = SecurityLogRows.lastId(jdbc);

        var visitor = new FormSignIn(port).get("/dashboard");

        assertThat(visitor.statusCode()).isEqualTo(302);
        assertThat(SecurityLogRows.byActorSince(jdbc, "anonymousUser", before)).isEmpty();
    }

    @Test
    void the_table_admits_every_kind_of_security_event() {
        String actor = SecurityLogRows.uniqueName("kinds");

        for (var kind : SecurityEvent.Kind.values()) {
            events.publishEvent(new SecurityEvent(kind, actor, null, "192.0.2.1", "test of " + kind));
        }

        assertThat(SecurityLogRows.about(jdbc, actor)).extracting(Row::kind)
                .containsExactly(EnumSet.allOf(SecurityEvent.Kind.class).stream().map(Enum::name).toArray(String[]::new));
    }

    @Test
    void the_table_refuses_update_delete_and_truncate() {
        String actor = SecurityLogRows.uniqueName("kept");
        events.publishEvent(new SecurityEvent(SecurityEvent.Kind.SIGN_IN_FAILED, actor, null, null, "kept"));

        assertThatThrownBy(() -> jdbc.update("update security_log set detail = 'changed' where actor = ?", actor))
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("security_log is append-only: UPDATE refused");
        assertThatThrownBy(() -> jdbc.update("delete from security_log where actor = ?", actor))
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("security_log is append-only: DELETE refused");
        assertThatThrownBy(() -> jdbc.execute("truncate security_log"))
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("security_log is append-only: TRUNCATE refused");
        assertThat(SecurityLogRows.about(jdbc, actor)).singleElement().extracting(Row::detail).isEqualTo("kept");
    }
}
