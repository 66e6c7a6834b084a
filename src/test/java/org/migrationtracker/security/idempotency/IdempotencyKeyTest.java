package org.migrationtracker.security.idempotency;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.migrationtracker.ApiCalls;
import org.migrationtracker.IntegrationTest;
import org.migrationtracker.mailbox.MailboxTestData;
import org.migrationtracker.security.TrackerUserService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;

import static org.assertj.core.api.Assertions.assertThat;

/** A retried API write call with the same Idempotency-Key is applied once, on every instance (docs/adr/0038). */
@IntegrationTest
class IdempotencyKeyTest {

    private static final String GRANT = "{\"action\":\"SET_FULL_ACCESS\",\"value\":true,\"addresses\":[\"user1@contoso.com\",\"user2@contoso.com\"]}";
    private static final String NOTE = "{\"text\":\"Called the user back\"}";

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;
    @Autowired TrackerUserService users;
    @Autowired IdempotencyKeys keys;

    private ApiCalls api;

    @BeforeEach
    void setUp() throws Exception {
        MailboxTestData.clear(jdbc);
        jdbc.update("delete from idempotency_key");
        ApiCalls.ensureUsers(users, jdbc);
        api = new ApiCalls(port);
        api.send("api-admin", "POST", "/api/v1/mailboxes/import", "text/csv",
                new String(MailboxTestData.inventory(5, "Finance"), StandardCharsets.UTF_8));
    }

    @Test
    void a_bulk_action_retried_with_the_same_key_changes_history_once_and_replays_the_first_answer() throws Exception {
        String key = UUID.randomUUID().toString();
        int before = history();

        var first = bulk(GRANT, key);
        int afterFirst = history();
        var retry = bulk(GRANT, key);

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.body()).contains("\"changed\":2");
        assertThat(first.headers().firstValue("Idempotent-Replayed")).isEmpty();
        assertThat(afterFirst).isEqualTo(before + 2);
        assertThat(retry.statusCode()).isEqualTo(200);
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(retry.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(retry.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        assertThat(history()).isEqualTo(afterFirst);
    }

    @Test
    void a_note_sent_twice_without_a_key_is_added_twice_and_with_a_key_once() throws Exception {
        note(null);
        note(null);
        assertThat(notes()).isEqualTo(2);

        String key = UUID.randomUUID().toString();
        assertThat(note(key).statusCode()).isEqualTo(201);
        assertThat(note(key).statusCode()).isEqualTo(201);
        assertThat(notes()).isEqualTo(3);
    }

    @Test
    void the_same_key_with_a_different_body_is_refused_with_422_and_applies_nothing() throws Exception {
        String key = UUID.randomUUID().toString();
        bulk(GRANT, key);
        int afterFirst = history();

        var other = bulk(GRANT.replace("user2", "user3"), key);

        assertThat(other.statusCode()).isEqualTo(422);
        assertThat(other.body()).contains("already used for a different request");
        assertThat(history()).isEqualTo(afterFirst);
    }

    @Test
    void a_retry_while_the_first_call_still_runs_is_answered_409() throws Exception {
        String key = UUID.randomUUID().toString();
        var request = IdempotentRequest.of(key, "POST", "/api/v1/mailboxes/bulk", null, GRANT.getBytes(StandardCharsets.UTF_8));
        assertThat(keys.claim("api-admin", request)).isInstanceOf(Claim.First.class);
        int before = history();

        var retry = bulk(GRANT, key);

        assertThat(retry.statusCode()).isEqualTo(409);
        assertThat(retry.body()).contains("still running");
        assertThat(history()).isEqualTo(before);
    }

    @Test
    void two_calls_racing_with_one_key_apply_once() throws Exception {
        String key = UUID.randomUUID().toString();
        int before = history();
        var pool = Executors.newFixedThreadPool(4);
        var calls = new ArrayList<Callable<HttpResponse<String>>>();
        for (int i = 0; i < 4; i++) {
            calls.add(() -> bulk(GRANT, key));
        }
        var statuses = new ArrayList<Integer>();
        for (var future : pool.invokeAll(calls)) {
            statuses.add(future.get().statusCode());
        }
        pool.shutdown();

        assertThat(statuses).allSatisfy(status -> assertThat(status).isIn(200, 409)).contains(200);
        assertThat(history()).isEqualTo(before + 2);
    }

    @Test
    void the_same_key_of_another_user_is_a_call_of_its_own() throws Exception {
        String key = UUID.randomUUID().toString();
        note(key);
        var helpdesk = api.send("api-helpdesk", "POST", "/api/v1/mailboxes/user1@contoso.com/notes", "application/json", NOTE,
                "Idempotency-Key", key);

        assertThat(helpdesk.statusCode()).isEqualTo(201);
        assertThat(helpdesk.headers().firstValue("Idempotent-Replayed")).isEmpty();
        assertThat(notes()).isEqualTo(2);
    }

    @Test
    void a_key_longer_than_255_characters_is_refused_with_400() throws Exception {
        int before = history();
        var response = bulk(GRANT, "k".repeat(256));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("at most 255");
        assertThat(history()).isEqualTo(before);
    }

    @Test
    void a_call_refused_for_its_role_keeps_no_key() throws Exception {
        String key = UUID.randomUUID().toString();
        var lead = api.send("api-lead", "POST", "/api/v1/mailboxes/bulk", "application/json", GRANT, "Idempotency-Key", key);

        assertThat(lead.statusCode()).isEqualTo(403);
        assertThat(jdbc.queryForObject("select count(*) from idempotency_key where username = 'api-lead'", Integer.class)).isZero();
    }

    @Test
    void keys_older_than_the_retention_are_swept() throws Exception {
        String key = UUID.randomUUID().toString();
        bulk(GRANT, key);
        jdbc.update("update idempotency_key set started_at = ?", Timestamp.from(Instant.now().minus(25, ChronoUnit.HOURS)));

        assertThat(keys.sweep()).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from idempotency_key", Integer.class)).isZero();
    }

    private HttpResponse<String> bulk(String body, String key) throws Exception {
        return api.send("api-admin", "POST", "/api/v1/mailboxes/bulk", "application/json", body, "Idempotency-Key", key);
    }

    private HttpResponse<String> note(String key) throws Exception {
        return key == null
                ? api.send("api-admin", "POST", "/api/v1/mailboxes/user1@contoso.com/notes", "application/json", NOTE)
                : api.send("api-admin", "POST", "/api/v1/mailboxes/user1@contoso.com/notes", "application/json", NOTE,
                "Idempotency-Key", key);
    }

    private int history() {
        return jdbc.queryForObject("select count(*) from mailbox_history", Integer.class);
    }

    private int notes() {
        return jdbc.queryForObject("select count(*) from mailbox_note", Integer.class);
    }
}
