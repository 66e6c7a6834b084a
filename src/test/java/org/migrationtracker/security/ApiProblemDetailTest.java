package org.migrationtracker.security;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.migrationtracker.ApiCalls;
import org.migrationtracker.IntegrationTest;
import org.migrationtracker.mailbox.MailboxTestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every API error is an RFC 9457 problem detail ({@code application/problem+json}) whoever answers it: an
 * operation's refusal, Spring MVC, or a filter before it; the fields scripts already read (message, problems with
 * line and column, reasons) are still there.
 */
@IntegrationTest
class ApiProblemDetailTest {

    @LocalServerPort int port;
    @Autowired TrackerUserService users;
    @Autowired JdbcTemplate jdbc;

    private final JsonMapper json = JsonMapper.builder().build();
    private ApiCalls api;

    @BeforeEach
    void users() {
        MailboxTestData.clear(jdbc);
        ApiCalls.ensureUsers(users, jdbc);
        api = new ApiCalls(port);
    }

    private JsonNode problem(HttpResponse<String> answer, int status) {
        assertThat(answer.statusCode()).isEqualTo(status);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        JsonNode body = json.readTree(answer.body());
        assertThat(body.get("status").asInt()).isEqualTo(status);
        assertThat(body.get("type").asString()).isEqualTo("about:blank");
        assertThat(body.get("title").asString()).isNotBlank();
        assertThat(body.get("detail").asString()).isNotBlank().isEqualTo(body.get("message").asString());
        return body;
    }

    @Test
    void a_refused_import_is_a_problem_with_its_lines_columns_and_fields() throws Exception {
        var answer = api.send("api-admin", "POST", "/api/v1/mailboxes/import?fileName=inventory.csv", "text/csv",
                "PrimarySmtpAddress,DisplayName\r\nuser1.contoso.com,User 1\r\n");

        var body = problem(answer, 422);
        assertThat(body.get("title").asString()).isEqualTo("Unprocessable Content");
        assertThat(body.get("detail").asString()).isEqualTo("inventory.csv was refused, nothing was imported");
        assertThat(body.get("instance").asString()).isEqualTo("/api/v1/mailboxes/import");
        var first = body.get("problems").get(0);
        assertThat(first.get("line").asInt()).isEqualTo(2);
        assertThat(first.get("column").asInt()).isEqualTo(1);
        assertThat(first.get("field").asString()).isEqualTo("PrimarySmtpAddress");
        assertThat(first.get("reason").asString()).isEqualTo("'user1.contoso.com' is not a valid e-mail address");
        assertThat(body.get("total").asInt()).isEqualTo(1);
    }

    @Test
    void a_conflict_a_missing_mailbox_and_a_wrong_method_are_problems() throws Exception {
        long version = jdbc.queryForObject("select version from migration_project", Long.class);
        var stale = api.send("api-admin", "PUT", "/api/v1/project?version=" + (version - 1), "application/json",
                "{\"organisationName\":\"Contoso\",\"smtpDomains\":[\"contoso.com\"],\"sourceVersion\":\"EXCHANGE_2016\","
                        + "\"method\":\"HYBRID\",\"directorySync\":true,\"singleSignOn\":false}");
        assertThat(problem(stale, 409).get("title").asString()).isEqualTo("Conflict");

        var missing = problem(api.send("api-helpdesk", "GET", "/api/v1/mailboxes/nobody@contoso.com", null, null), 404);
        assertThat(missing.get("detail").asString()).contains("is not in the tracker");

        var method = api.send("api-admin", "DELETE", "/api/v1/mailboxes", null, null);
        assertThat(method.statusCode()).isEqualTo(405);
        assertThat(method.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        assertThat(json.readTree(method.body()).get("status").asInt()).isEqualTo(405);
    }

    @Test
    void the_filters_answers_are_problems_too() throws Exception {
        var unsigned = problem(api.send(null, "GET", "/api/v1/mailboxes", null, null), 401);
        assertThat(unsigned.get("title").asString()).isEqualTo("Unauthorized");

        var role = problem(api.send("api-helpdesk", "POST", "/api/v1/mailboxes/import?fileName=a.csv", "text/csv", "x"), 403);
        assertThat(role.get("detail").asString()).startsWith("Your role may not do this");

        var unknown = problem(api.send("api-helpdesk", "GET", "/api/v1/no-such-thing", null, null), 404);
        assertThat(unknown.get("detail").asString()).isEqualTo("No API operation at GET /api/v1/no-such-thing: the"
                + " operations are listed at /v3/api-docs");
        assertThat(unknown.get("instance").asString()).isEqualTo("/api/v1/no-such-thing");

        var mediaType = problem(api.send("api-admin", "POST", "/api/v1/mailboxes/import?fileName=a.csv", "image/png", "x"), 415);
        assertThat(mediaType.get("detail").asString()).contains("sent as Content-Type: text/csv");
    }

    @Test
    void a_client_that_accepts_only_json_gets_the_same_body_as_json() throws Exception {
        var answer = api.send("api-helpdesk", "GET", "/api/v1/mailboxes/nobody@contoso.com", null, null,
                "Accept", "application/json");

        assertThat(answer.statusCode()).isEqualTo(404);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/json"));
        var body = json.readTree(answer.body());
        assertThat(body.get("status").asInt()).isEqualTo(404);
        assertThat(body.get("detail").asString()).isEqualTo("nobody@contoso.com is not in the tracker")
                .isEqualTo(body.get("message").asString());

        var method = api.send("api-admin", "DELETE", "/api/v1/mailboxes", null, null, "Accept", "application/json");
        assertThat(method.statusCode()).isEqualTo(405);
        assertThat(method.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/json"));
        var methodBody = json.readTree(method.body());
        assertThat(methodBody.get("status").asInt()).isEqualTo(405);
        assertThat(methodBody.get("message").asString()).isNotBlank().isEqualTo(methodBody.get("detail").asString());
    }

    @Test
    void a_client_that_asks_for_problem_json_gets_the_problem_with_its_fields() throws Exception {
        var missing = problem(api.send("api-helpdesk", "GET", "/api/v1/mailboxes/nobody@contoso.com", null, null,
                "Accept", "application/problem+json"), 404);
        assertThat(missing.get("detail").asString()).isEqualTo("nobody@contoso.com is not in the tracker");

        var refused = problem(api.send("api-admin", "POST", "/api/v1/mailboxes/import?fileName=inventory.csv", "text/csv",
                "PrimarySmtpAddress\r\nnot-an-address\r\n", "Accept", "application/problem+json, application/json"), 422);
        assertThat(refused.get("problems").get(0).get("line").asInt()).isEqualTo(2);

        var method = problem(api.send("api-admin", "DELETE", "/api/v1/mailboxes", null, null, "Accept", "application/problem+json"), 405);
        assertThat(method.get("instance").asString()).isEqualTo("/api/v1/mailboxes");
    }
}
