package org.migrationtracker.access;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.migrationtracker.ApiCalls;
import org.migrationtracker.IntegrationTest;
import org.migrationtracker.access.AccessMatrix.Principal;
import org.migrationtracker.security.TrackerUserService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.util.ArrayList;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Every REST call of the README's "Who may do what" answers each role with the status code its table says. */
@IntegrationTest
class ApiAccessMatrixTest {

    private static final AccessMatrix API = AccessMatrix.api();

    /** Names that exist nowhere: a call let in answers 404 (or 4xx for its empty body) and changes nothing. */
    private static final Map<String, String> PATH_VALUES = Map.of(
            "{primaryAddress}", "nobody@matrix.invalid",
            "{name}", "no-such-batch",
            "{step}", "MX_SWITCH",
            "{id}", "987654321");

    @LocalServerPort
    int port;

    @Autowired
    TrackerUserService users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private ApiCalls api;

    @BeforeEach
    void users() {
        ApiCalls.ensureUsers(users, jdbc);
        api = new ApiCalls(port);
    }

    @Test
    void a_caller_without_credentials_gets_what_the_table_says_from_every_call() throws Exception {
        assertEveryCallAsTheTableSays(Principal.ANONYMOUS);
    }

    @Test
    void an_admin_gets_what_the_table_says_from_every_call() throws Exception {
        assertEveryCallAsTheTableSays(Principal.ADMIN);
    }

    @Test
    void the_helpdesk_gets_what_the_table_says_from_every_call() throws Exception {
        assertEveryCallAsTheTableSays(Principal.HELPDESK);
    }

    @Test
    void the_project_lead_gets_what_the_table_says_from_every_call() throws Exception {
        assertEveryCallAsTheTableSays(Principal.LEAD);
    }

    @Test
    void every_api_endpoint_of_the_application_has_a_row_in_the_table() {
        var listed = API.rows().stream().map(AccessMatrix.Row::key).toList();
        var missing = new ArrayList<String>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            for (String pattern : info.getPatternValues()) {
                if (!pattern.startsWith("/api/")) {
                    continue;
                }
                info.getMethodsCondition().getMethods().forEach(method -> {
                    String call = method.name() + " " + pattern;
                    if (!listed.contains(call)) {
                        missing.add(call);
                    }
                });
            }
        }
        assertThat(listed).as("rows in the README's API table").hasSizeGreaterThan(30);
        assertThat(missing).as("endpoints the README's API table does not list").isEmpty();
    }

    private void assertEveryCallAsTheTableSays(Principal principal) throws Exception {
        var wrong = new ArrayList<String>();
        for (var row : API.rows()) {
            int status = call(principal, row.key());
            if (!String.valueOf(status).equals(row.outcome(principal))) {
                wrong.add(row.key() + ": the table says " + row.outcome(principal) + ", got " + status);
            }
        }
        assertThat(wrong).as("calls for " + principal).isEmpty();
    }

    private int call(Principal principal, String call) throws Exception {
        String method = call.substring(0, call.indexOf(' '));
        String path = call.substring(call.indexOf(' ') + 1);
        for (var value : PATH_VALUES.entrySet()) {
            path = path.replace(value.getKey(), value.getValue());
        }
        @Nullable String contentType = null;
        @Nullable String body = null;
        if (method.equals("POST") || method.equals("PUT") || method.equals("PATCH")) {
            boolean file = path.endsWith("/import") || path.endsWith("/validate");
            contentType = file ? "text/csv" : "application/json";
            body = file ? "" : "{}";
        }
        @Nullable String user = principal == Principal.ANONYMOUS ? null : "api-" + principal.name().toLowerCase(Locale.ROOT);
        return api.send(user, method, path, contentType, body).statusCode();
    }
}
