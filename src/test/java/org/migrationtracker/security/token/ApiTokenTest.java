package org.migrationtracker.security.token;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.migrationtracker.ApiCalls;
import org.migrationtracker.IntegrationTest;
import org.migrationtracker.mailbox.MailboxTestData;
import org.migrationtracker.security.Role;
import org.migrationtracker.security.SecurityEvent;
import org.migrationtracker.security.TrackerUserService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** API tokens as a script uses them: Bearer on every call, checked in PostgreSQL each time. */
@IntegrationTest
@RecordApplicationEvents
class ApiTokenTest {

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;
    @Autowired TrackerUserService users;
    @Autowired ApiTokenService tokens;
    @Autowired ApplicationEvents events;

    @BeforeEach
    void setUp() {
        MailboxTestData.clear(jdbc);
        ApiCalls.ensureUsers(users, jdbc);
        var api = new ApiCalls(port);
        try {
            api.send("api-admin", "POST", "/api/v1/mailboxes/import", "text/csv",
                    new String(MailboxTestData.inventory(3, "Finance"), StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private CreatedApiToken token(String user, ApiTokenScope scope) {
        var created = new AtomicReference<CreatedApiToken>();
        MailboxTestData.asAdmin(() -> created.set(tokens.createFor(user, "script " + UUID.randomUUID(),
                LocalDate.now().plusDays(30), scope)));
        return created.get();
    }

    private HttpResponse<String> call(String secret, String method, String path, String contentType, String body) throws Exception {
        return new ApiCalls(port).sendWithToken(secret, method, path, contentType, body);
    }

    private HttpResponse<String> get(String secret, String path) throws Exception {
        return call(secret, "GET", path, null, null);
    }

    @Test
    void a_token_signs_in_a_script_with_its_users_rights_and_no_password() throws Exception {
        var admin = token("api-admin", ApiTokenScope.FULL);
        var helpdesk = token("api-helpdesk", ApiTokenScope.FULL);

        assertThat(get(admin.secret(), "/api/v1/mailboxes/user1@contoso.com").statusCode()).isEqualTo(200);
        assertThat(call(admin.secret(), "PATCH", "/api/v1/mailboxes/user1@contoso.com", "application/json",
                "{\"preferredLanguage\":\"da\"}").body()).contains("\"preferredLanguage\":\"da\"", "\"updatedBy\":\"api-admin\"");
        assertThat(call(helpdesk.secret(), "POST", "/api/v1/mailboxes/user1@contoso.com/notes", "application/json",
                "{\"text\":\"called the user\"}").statusCode()).isEqualTo(201);
        assertThat(call(helpdesk.secret(), "POST", "/api/v1/mailboxes/bulk", "application/json",
                "{\"action\":\"SET_FULL_ACCESS\",\"value\":true,\"addresses\":[\"user1@contoso.com\"]}").statusCode())
                .as("a token has its user's roles, no more").isEqualTo(403);
    }

    @Test
    void a_read_only_token_reads_but_any_write_is_refused_with_403() throws Exception {
        var readOnly = token("api-admin", ApiTokenScope.READ_ONLY);

        assertThat(get(readOnly.secret(), "/api/v1/mailboxes?size=5").statusCode()).isEqualTo(200);
        var write = call(readOnly.secret(), "PATCH", "/api/v1/mailboxes/user1@contoso.com", "application/json",
                "{\"preferredLanguage\":\"da\"}");
        assertThat(write.statusCode()).isEqualTo(403);
        assertThat(write.body()).contains("read-only");
        assertThat(call(readOnly.secret(), "POST", "/api/v1/plan/calendar/subscription", null, null).statusCode())
                .as("even a call every role may make").isEqualTo(403);
        assertThat(jdbc.queryForObject("select preferred_language from mailbox where primary_address = 'user1@contoso.com'",
                String.class)).isNotEqualTo("da");
    }

    @Test
    void an_expired_token_is_refused() throws Exception {
        var token = token("api-lead", ApiTokenScope.FULL);
        jdbc.update("update api_token set created_at = now() - interval '2 days', expires_at = now() - interval '1 second' where id = ?",
                token.token().id());

        var refused = get(token.secret(), "/api/v1/project");

        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                challenge -> assertThat(challenge).startsWith("Bearer ").contains("invalid_token"));
    }

    @Test
    void a_revoked_token_is_refused_from_the_next_call() throws Exception {
        var token = token("api-lead", ApiTokenScope.FULL);
        assertThat(get(token.secret(), "/api/v1/project").statusCode()).isEqualTo(200);

        MailboxTestData.asAdmin(() -> tokens.revoke(token.token().id()));

        assertThat(get(token.secret(), "/api/v1/project").statusCode()).isEqualTo(401);
    }

    @Test
    void a_disabled_users_token_is_refused() throws Exception {
        String name = "script-" + UUID.randomUUID().toString().substring(0, 8);
        MailboxTestData.asAdmin(() -> users.create(name, "Nightly script", EnumSet.of(Role.LEAD),
                "a-long-password"));
        var token = token(name, ApiTokenScope.FULL);
        assertThat(get(token.secret(), "/api/v1/project").statusCode()).isEqualTo(200);

        jdbc.update("update tracker_user set enabled = false where username = ?", name);

        assertThat(get(token.secret(), "/api/v1/project").statusCode()).isEqualTo(401);
    }

    @Test
    void unknown_and_malformed_tokens_are_refused_with_a_bearer_challenge_and_no_basic_one() throws Exception {
        var unknown = get("mtk_" + "A".repeat(43), "/api/v1/project");
        var malformed = get("not-a-token", "/api/v1/project");

        assertThat(unknown.statusCode()).isEqualTo(401);
        assertThat(malformed.statusCode()).isEqualTo(401);
        assertThat(unknown.body()).contains("\"message\":\"The API token is unknown, revoked or expired");
        assertThat(unknown.headers().allValues("WWW-Authenticate")).noneMatch(value -> value.startsWith("Basic"));
    }

    @Test
    void last_used_is_recorded_and_written_at_most_once_a_minute() throws Exception {
        var token = token("api-lead", ApiTokenScope.READ_ONLY);
        assertThat(token.token().lastUsedAt()).isNull();

        get(token.secret(), "/api/v1/project");
        var first = lastUsed(token);
        assertThat(first).isCloseTo(Instant.now(), within(1, ChronoUnit.MINUTES));

        var recent = Instant.now().minusSeconds(30).truncatedTo(ChronoUnit.MILLIS);
        jdbc.update("update api_token set last_used_at = ? where id = ?", Timestamp.from(recent), token.token().id());
        get(token.secret(), "/api/v1/project");
        assertThat(lastUsed(token)).as("used 30 s ago: not written again").isEqualTo(recent);

        var old = Instant.now().minusSeconds(120);
        jdbc.update("update api_token set last_used_at = ? where id = ?", Timestamp.from(old), token.token().id());
        get(token.secret(), "/api/v1/project");
        assertThat(lastUsed(token)).isAfter(old.plusSeconds(60));
    }

    @Test
    void the_secret_is_stored_nowhere_only_its_sha256() {
        var token = token("api-admin", ApiTokenScope.FULL);

        assertThat(token.secret()).matches("^mtk_[A-Za-z0-9_-]{43}$");
        var row = jdbc.queryForMap("select * from api_token where id = ?", token.token().id());
        assertThat(row.values()).noneMatch(value -> value != null && value.toString().contains(token.secret().substring(4)));
        assertThat(row.get("token_hash")).isEqualTo(ApiTokenSecret.hash(token.secret()));
        assertThat(token.toString()).doesNotContain(token.secret());
    }

    @Test
    void creating_and_revoking_are_security_events_that_name_the_token_but_never_its_secret() {
        var token = token("api-helpdesk", ApiTokenScope.READ_ONLY);
        MailboxTestData.asAdmin(() -> tokens.revoke(token.token().id()));

        var recorded = events.stream(SecurityEvent.class)
                .filter(event -> event.detail().contains("(id " + token.token().id() + ")")).toList();
        assertThat(recorded).extracting(SecurityEvent::kind)
                .containsExactly(SecurityEvent.Kind.TOKEN_CREATED, SecurityEvent.Kind.TOKEN_REVOKED);
        assertThat(recorded).allSatisfy(event -> {
            assertThat(event.actor()).isEqualTo("fixture-admin");
            assertThat(event.subject()).isEqualTo("api-helpdesk");
            assertThat(event.detail()).contains(token.token().name()).doesNotContain(token.secret().substring(4))
                    .doesNotContain(ApiTokenSecret.hash(token.secret()));
        });
    }

    private Instant lastUsed(CreatedApiToken token) {
        return jdbc.queryForObject("select last_used_at from api_token where id = ?", Timestamp.class, token.token().id()).toInstant();
    }
}
