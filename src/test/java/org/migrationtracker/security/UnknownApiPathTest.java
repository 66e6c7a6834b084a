package org.migrationtracker.security;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.migrationtracker.ApiCalls;
import org.migrationtracker.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** An /api/... path no operation serves answers a JSON 404, not the Vaadin app's page; served paths are unchanged. */
@IntegrationTest
class UnknownApiPathTest {

    @LocalServerPort int port;
    @Autowired TrackerUserService users;
    @Autowired JdbcTemplate jdbc;

    private ApiCalls api;

    @BeforeEach
    void users() {
        ApiCalls.ensureUsers(users, jdbc);
        api = new ApiCalls(port);
    }

    @Test
    void an_unknown_api_path_answers_404_in_json_saying_where_the_operations_are() throws Exception {
        var answer = api.send("api-helpdesk", "GET", "/api/v1/no-such-thing", null, null);

        assertThat(answer.statusCode()).isEqualTo(404);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(answer.body()).contains("\"status\":404", "\"message\":\"No API operation at GET /api/v1/no-such-thing: the"
                + " operations are listed at /v3/api-docs\"");
        assertThat(api.send("api-admin", "POST", "/api/v2/mailboxes", "text/csv", "x").statusCode()).isEqualTo(404);
    }

    @Test
    void without_credentials_it_is_still_401_and_served_paths_answer_as_before() throws Exception {
        assertThat(api.send(null, "GET", "/api/v1/no-such-thing", null, null).statusCode()).isEqualTo(401);
        var served = api.send("api-helpdesk", "GET", "/api/v1/mailboxes", null, null);
        assertThat(served.statusCode()).isEqualTo(200);
        assertThat(served.body()).doesNotContain("<html");
        var templated = api.send("api-helpdesk", "GET", "/api/v1/mailboxes/nobody@contoso.com", null, null);
        assertThat(templated.statusCode()).as("a served path with a variable: the operation's own 404").isEqualTo(404);
        assertThat(templated.body()).contains("is not in the tracker");
        assertThat(api.send("api-admin", "DELETE", "/api/v1/mailboxes", null, null).statusCode())
                .as("a served path, another method").isEqualTo(405);
    }
}
