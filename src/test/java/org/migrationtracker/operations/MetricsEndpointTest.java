package org.migrationtracker.operations;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.migrationtracker.ApiCalls;
import org.migrationtracker.IntegrationTest;
import org.migrationtracker.mailbox.MailboxSearch;
import org.migrationtracker.mailbox.MailboxTestData;
import org.migrationtracker.security.TrackerUserService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * /actuator/prometheus answers only the scraper's token, shows the tracker's own meters beside the JVM, HTTP,
 * pool and Tomcat ones, and each change moves its meter.
 */
@IntegrationTest
class MetricsEndpointTest {

    private static final String TOKEN = "test-scrape-token"; // application-test.properties

    @LocalServerPort int port;
    @Autowired TrackerUserService users;
    @Autowired JdbcTemplate jdbc;
    @Autowired MailboxSearch search;

    private ApiCalls api;

    @BeforeEach
    void setUp() {
        MailboxTestData.clear(jdbc);
        ApiCalls.ensureUsers(users, jdbc);
        api = new ApiCalls(port);
    }

    private HttpResponse<String> scrape(String authorization) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/prometheus"));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private String metrics() throws Exception {
        var answer = scrape("Bearer " + TOKEN);
        assertThat(answer.statusCode()).isEqualTo(200);
        return answer.body();
    }

    /** The value of one series, e.g. {@code tracker_imports_seconds_count{kind="inventory",outcome="imported"}}; 0 if absent. */
    private static double value(String metrics, String name, String... labels) {
        for (String line : metrics.split("\n")) {
            if (line.startsWith(name + "{") || line.startsWith(name + " ")) {
                boolean all = true;
                for (String label : labels) {
                    all &= line.contains(label);
                }
                if (all) {
                    var matcher = Pattern.compile(" ([0-9.eE+-]+)$").matcher(line);
                    if (matcher.find()) {
                        return Double.parseDouble(matcher.group(1));
                    }
                }
            }
        }
        return 0;
    }

    @Test
    void without_the_token_or_with_another_one_or_with_a_users_password_it_is_refused() throws Exception {
        assertThat(scrape(null).statusCode()).isEqualTo(401);
        assertThat(scrape("Bearer not-the-token").statusCode()).isEqualTo(401);
        var asAdmin = api.send("api-admin", "GET", "/actuator/prometheus", null, null);
        assertThat(asAdmin.statusCode()).isEqualTo(401);
        assertThat(scrape(null).body()).contains("\"status\":401", "TRACKER_METRICS_TOKEN").doesNotContain("jvm_");
    }

    @Test
    void with_the_token_it_shows_the_trackers_meters_and_the_standard_ones() throws Exception {
        api.send("api-helpdesk", "GET", "/api/v1/mailboxes", null, null);

        String metrics = metrics();

        assertThat(metrics).contains("tracker_ui_open ", "tracker_sessions_signed_in ", "tracker_users_signed_in ",
                "tracker_relay_notifications_total{", "direction=\"sent\"", "direction=\"received\"",
                "tracker_relay_reconnects_total ", "tracker_search_seconds",
                "jvm_memory_used_bytes", "hikaricp_connections_active", "tomcat_sessions_active_current_sessions",
                "http_server_requests_seconds_bucket");
    }

    @Test
    void every_series_the_grafana_dashboard_reads_is_one_the_endpoint_shows() throws Exception {
        // a search, an import and a bulk action first: their meters appear with their first use
        MailboxTestData.asAdmin(() -> search.search("contoso", 10));
        api.send("api-admin", "POST", "/api/v1/mailboxes/import?fileName=i.csv", "text/csv", "PrimarySmtpAddress\r\na@contoso.com\r\n");
        api.send("api-admin", "POST", "/api/v1/mailboxes/bulk", "application/json",
                "{\"action\":\"SET_UM_ENABLED\",\"value\":false,\"addresses\":[\"a@contoso.com\"]}");
        String metrics = metrics();
        var dashboard = tools.jackson.databind.json.JsonMapper.builder().build()
                .readTree(java.nio.file.Path.of("docs", "grafana", "migration-tracker.json").toFile());
        var series = new java.util.TreeSet<String>();
        for (var panel : dashboard.get("panels")) {
            for (var target : panel.get("targets")) {
                var names = Pattern.compile("([a-z_]+)\\{").matcher(target.get("expr").asString());
                while (names.find()) {
                    series.add(names.group(1));
                }
            }
        }

        assertThat(series).hasSizeGreaterThan(12).allSatisfy(name ->
                assertThat(metrics).as(name).containsPattern("(?m)^" + name + "[{ ]"));
    }

    @Test
    void an_import_a_refusal_a_bulk_action_and_a_search_move_their_meters() throws Exception {
        String before = metrics();
        String csv = "PrimarySmtpAddress,DisplayName,Department\r\na@contoso.com,A,Finance\r\nb@contoso.com,B,Finance\r\n";

        assertThat(api.send("api-admin", "POST", "/api/v1/mailboxes/import?fileName=i.csv", "text/csv", csv).statusCode()).isEqualTo(200);
        assertThat(api.send("api-admin", "POST", "/api/v1/mailboxes/import?fileName=bad.csv", "text/csv",
                "PrimarySmtpAddress\r\nnot-an-address\r\n").statusCode()).isEqualTo(422);
        assertThat(api.send("api-admin", "POST", "/api/v1/mailboxes/bulk", "application/json",
                "{\"action\":\"SET_FULL_ACCESS\",\"value\":true,\"addresses\":[\"a@contoso.com\",\"b@contoso.com\"]}").statusCode()).isEqualTo(200);
        MailboxTestData.asAdmin(() -> search.search("contoso", 10));
        String after = metrics();

        String imported = "tracker_imports_seconds_count";
        assertThat(value(after, imported, "kind=\"inventory\"", "outcome=\"imported\"")
                - value(before, imported, "kind=\"inventory\"", "outcome=\"imported\"")).isEqualTo(1);
        assertThat(value(after, imported, "kind=\"inventory\"", "outcome=\"refused\"")
                - value(before, imported, "kind=\"inventory\"", "outcome=\"refused\"")).isEqualTo(1);
        assertThat(value(after, "tracker_import_rows_total", "kind=\"inventory\"")
                - value(before, "tracker_import_rows_total", "kind=\"inventory\"")).isEqualTo(2);
        assertThat(value(after, "tracker_bulk_actions_total", "action=\"SetFullAccess\"")
                - value(before, "tracker_bulk_actions_total", "action=\"SetFullAccess\"")).isEqualTo(1);
        assertThat(value(after, "tracker_bulk_mailboxes_total", "action=\"SetFullAccess\"", "outcome=\"changed\"")
                - value(before, "tracker_bulk_mailboxes_total", "action=\"SetFullAccess\"", "outcome=\"changed\"")).isEqualTo(2);
        assertThat(value(after, "tracker_search_seconds_count") - value(before, "tracker_search_seconds_count")).isEqualTo(1);
        assertThat(value(after, imported, "kind=\"permissions\"")).as("another kind did not move")
                .isEqualTo(value(before, imported, "kind=\"permissions\""));
    }
}
