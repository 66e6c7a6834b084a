package org.migrationtracker.security.token;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.migrationtracker.ApiCalls;
import org.migrationtracker.IntegrationTest;
import org.migrationtracker.security.TrackerUserService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cross-site form hole is closed (docs/adr/0029): no call is answered with a Basic challenge, and no call that
 * changes data takes a media type an HTML form can send.
 */
@IntegrationTest
class ApiChallengeAndMediaTypesTest {

    /** Every write endpoint of the API (method and pattern, as Spring MVC maps it) and a concrete path to call. */
    static final Map<String, String> WRITE_ENDPOINTS = Map.ofEntries(
            Map.entry("POST /api/v1/mailboxes/import", "/api/v1/mailboxes/import"),
            Map.entry("POST /api/v1/permissions/import", "/api/v1/permissions/import"),
            Map.entry("POST /api/v1/cloud-users/import", "/api/v1/cloud-users/import"),
            Map.entry("POST /api/v1/recipients/import", "/api/v1/recipients/import"),
            Map.entry("POST /api/v1/batches/validate", "/api/v1/batches/validate"),
            Map.entry("POST /api/v1/status/import", "/api/v1/status/import"),
            Map.entry("PATCH /api/v1/mailboxes/{primaryAddress}", "/api/v1/mailboxes/user1@contoso.com"),
            Map.entry("POST /api/v1/mailboxes/{primaryAddress}/notes", "/api/v1/mailboxes/user1@contoso.com/notes"),
            Map.entry("POST /api/v1/mailboxes/bulk", "/api/v1/mailboxes/bulk"),
            Map.entry("POST /api/v1/batches", "/api/v1/batches"),
            Map.entry("POST /api/v1/batches/{name}/remove", "/api/v1/batches/Finance1/remove"),
            Map.entry("POST /api/v1/endpoints", "/api/v1/endpoints"),
            Map.entry("PUT /api/v1/endpoints/{name}", "/api/v1/endpoints/onprem?version=0"),
            Map.entry("DELETE /api/v1/endpoints/{name}", "/api/v1/endpoints/onprem?version=0"),
            Map.entry("PUT /api/v1/project", "/api/v1/project?version=0"),
            Map.entry("PUT /api/v1/project/mx", "/api/v1/project/mx?version=0"),
            Map.entry("PUT /api/v1/plan/steps/{step}", "/api/v1/plan/steps/MX_SWITCH?version=0"),
            Map.entry("POST /api/v1/plan/calendar/subscription", "/api/v1/plan/calendar/subscription"),
            Map.entry("DELETE /api/v1/plan/calendar/subscription", "/api/v1/plan/calendar/subscription"),
            Map.entry("POST /api/v1/notices/send", "/api/v1/notices/send"));

    /** What an HTML form on another site can send without the browser asking the server first. */
    static final Set<String> FORM_TYPES = Set.of("text/plain", "multipart/form-data; boundary=x",
            "application/x-www-form-urlencoded");

    @LocalServerPort int port;
    @Autowired TrackerUserService users;
    @Autowired JdbcTemplate jdbc;
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void setUp() {
        ApiCalls.ensureUsers(users, jdbc);
    }

    @Test
    void the_table_names_every_write_endpoint_of_the_api() {
        var writes = new TreeSet<String>();
        mappings.getHandlerMethods().forEach((info, method) -> info.getPatternValues().stream()
                .filter(pattern -> pattern.startsWith("/api/")).forEach(pattern -> info.getMethodsCondition().getMethods()
                        .stream().filter(m -> m != RequestMethod.GET).forEach(m -> writes.add(m + " " + pattern))));

        assertThat(writes).containsExactlyInAnyOrderElementsOf(WRITE_ENDPOINTS.keySet());
    }

    @Test
    void every_write_endpoint_refuses_the_media_types_of_html_forms_with_415_and_a_message() throws Exception {
        for (var endpoint : WRITE_ENDPOINTS.entrySet()) {
            String method = endpoint.getKey().split(" ")[0];
            for (String type : FORM_TYPES) {
                var response = new ApiCalls(port).send("api-admin", method, endpoint.getValue(), type, "a=b");
                assertThat(response.statusCode()).as(endpoint.getKey() + " with " + type).isEqualTo(415);
                assertThat(response.body()).as(endpoint.getKey() + " with " + type)
                        .contains("\"message\":\"Content-Type " + type.split(";")[0] + " is not accepted");
            }
        }
    }

    @Test
    void a_type_an_endpoint_does_not_document_is_415_naming_the_types_it_takes() throws Exception {
        var csvToJson = new ApiCalls(port).send("api-admin", "POST", "/api/v1/mailboxes/bulk", "text/csv", "a,b\r\n");
        var jsonToImport = new ApiCalls(port).send("api-admin", "POST", "/api/v1/mailboxes/import", "application/json", "{}");

        assertThat(csvToJson.statusCode()).isEqualTo(415);
        assertThat(csvToJson.body()).contains("\"message\":\"POST /api/v1/mailboxes/bulk takes application/json; this call sent text/csv\"");
        assertThat(jsonToImport.statusCode()).isEqualTo(415);
        // the import endpoints' own limit answers first, before anything reads the body (docs/adr/0035)
        assertThat(jsonToImport.body()).contains("\"message\":\"the file goes in the request body, sent as Content-Type: "
                + "text/csv (or application/octet-stream); this request sent application/json\"");
    }

    @Test
    void no_answer_carries_a_basic_challenge_so_browsers_never_ask_for_or_cache_a_password() throws Exception {
        var anonymous = new ApiCalls(port).send(null, "GET", "/api/v1/mailboxes", null, null);
        var wrongPassword = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/mailboxes"))
                .header("Authorization", basic("api-admin", "wrong-password")).build(), HttpResponse.BodyHandlers.ofString());

        for (var response : List.of(anonymous, wrongPassword)) {
            assertThat(response.statusCode()).isEqualTo(401);
            assertThat(response.headers().allValues("WWW-Authenticate")).containsExactly("Bearer realm=\"Migration Tracker\"");
            assertThat(response.body()).contains("Authorization: Bearer");
        }
    }

    @Test
    void basic_with_a_password_sent_up_front_still_works_for_people_trying_the_api() throws Exception {
        var response = new ApiCalls(port).send("api-lead", "GET", "/api/v1/project", null, null);

        assertThat(response.statusCode()).isEqualTo(200);
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
