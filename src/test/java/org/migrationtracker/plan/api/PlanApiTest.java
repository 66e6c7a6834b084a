package org.migrationtracker.plan.api;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.migrationtracker.ApiCalls;
import org.migrationtracker.IntegrationTest;
import org.migrationtracker.security.TrackerUserService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The plan over the REST API: every role reads, admins and the lead change steps, wrong input is a clear 4xx. */
@IntegrationTest
class PlanApiTest {

    private static final String JSON = "application/json";

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;
    @Autowired TrackerUserService users;
    private ApiCalls api;
    private Map<String, Object> project;

    @BeforeEach
    void cutoverWithoutSteps() {
        ApiCalls.ensureUsers(users, jdbc);
        api = new ApiCalls(port);
        project = jdbc.queryForMap("select method, mx_points_to_cloud, mx_changed_at from migration_project");
        jdbc.update("update migration_project set method = 'CUTOVER', mx_points_to_cloud = false, mx_changed_at = null");
        removeSteps();
    }

    @AfterEach
    void restore() {
        removeSteps();
        jdbc.update("update migration_project set method = ?, mx_points_to_cloud = ?, mx_changed_at = ?",
                project.get("method"), project.get("mx_points_to_cloud"), project.get("mx_changed_at"));
    }

    private void removeSteps() {
        jdbc.update("delete from plan_step_history");
        jdbc.update("delete from plan_step");
    }

    private HttpResponse<String> put(String user, String step, long version, String body) throws Exception {
        return api.send(user, "PUT", "/api/v1/plan/steps/" + step + "?version=" + version, JSON, body);
    }

    @Test
    void the_helpdesk_reads_the_plan_in_order_and_may_not_change_a_step() throws Exception {
        var plan = api.send("api-helpdesk", "GET", "/api/v1/plan", null, null);
        var refused = put("api-helpdesk", "TELL_USERS", 0, "{\"status\":\"DONE\"}");

        assertThat(plan.statusCode()).isEqualTo(200);
        assertThat(plan.body()).contains("\"method\":\"CUTOVER\"", "\"step\":\"TELL_USERS\"", "\"phase\":\"PREPARATION\"",
                "\"status\":\"OPEN\"", "\"version\":0", "\"late\":[]", "\"upcoming\":[]");
        assertThat(plan.body().indexOf("\"step\":\"TELL_USERS\"")).isLessThan(plan.body().indexOf("\"step\":\"DECOMMISSION\""));
        assertThat(plan.body()).doesNotContain("\"step\":\"HYBRID_SERVER\"");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(jdbc.queryForObject("select count(*) from plan_step", Integer.class)).isZero();
    }

    @Test
    void the_lead_saves_a_ttl_above_3600_seconds_with_a_warning_and_a_stale_version_is_a_conflict() throws Exception {
        var saved = put("api-lead", "lower_mx_ttl", 0,
                "{\"status\":\"DONE\",\"owner\":\"api-lead\",\"dueOn\":\"2026-12-01\",\"note\":\"at the registrar\","
                        + "\"values\":{\"MX_TTL_SECONDS\":\"7200\"}}");

        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        assertThat(saved.body()).contains("\"step\":\"LOWER_MX_TTL\"", "\"status\":\"DONE\"", "\"owner\":\"api-lead\"",
                "\"values\":{\"MX_TTL_SECONDS\":\"7200\"}", "\"version\":1", "\"updatedBy\":\"api-lead\"",
                "\"warnings\":[\"a TTL of 7,200 seconds is above 3,600: mail may be delayed at the switch\"]");

        var step = api.send("api-helpdesk", "GET", "/api/v1/plan/steps/Lower_MX_TTL", null, null);
        assertThat(step.statusCode()).isEqualTo(200);
        assertThat(step.body()).contains("\"dueOn\":\"2026-12-01\"", "\"note\":\"at the registrar\"", "\"version\":1");
        var history = api.send("api-helpdesk", "GET", "/api/v1/plan/steps/LOWER_MX_TTL/history", null, null);
        assertThat(history.body()).contains("\"actor\":\"api-lead\"", "\"field\":\"MX_TTL_SECONDS\"", "\"newValue\":\"7200\"");

        var stale = put("api-admin", "LOWER_MX_TTL", 0, "{\"status\":\"OPEN\"}");
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.body()).contains("was changed by api-lead", "reload to see the current values");
    }

    @Test
    void a_bad_host_name_is_refused_with_every_reason_and_nothing_is_saved() throws Exception {
        var refused = put("api-admin", "OUTLOOK_ANYWHERE", 0,
                "{\"status\":\"DONE\",\"values\":{\"EXCHANGE_SERVER\":\"exch srv\",\"TRUSTED_CERTIFICATE\":\"false\"}}");

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("\"reasons\":[", "Exchange server (FQDN): exch srv is not a host name such as mail.contoso.com",
                "self-signed is not accepted");
        assertThat(jdbc.queryForObject("select count(*) from plan_step", Integer.class)).isZero();
    }

    @Test
    void an_unknown_field_status_or_day_is_a_422_naming_it_not_a_parse_error() throws Exception {
        var field = put("api-admin", "LOWER_MX_TTL", 0, "{\"values\":{\"TTL\":\"300\"}}");
        var status = put("api-admin", "LOWER_MX_TTL", 0, "{\"status\":\"FINISHED\"}");
        var day = put("api-admin", "LOWER_MX_TTL", 0, "{\"dueOn\":\"1.12.2026\"}");
        var notJson = put("api-admin", "LOWER_MX_TTL", 0, "{\"status\":");
        var noVersion = api.send("api-admin", "PUT", "/api/v1/plan/steps/LOWER_MX_TTL", JSON, "{}");

        assertThat(field.statusCode()).isEqualTo(422);
        assertThat(field.body()).contains("values: there is no field TTL; the step \\\"Lower the MX record's TTL\\\" takes MX_TTL_SECONDS");
        assertThat(status.statusCode()).isEqualTo(422);
        assertThat(status.body()).contains("status: FINISHED is not one of OPEN, IN_PROGRESS, DONE, NOT_APPLICABLE");
        assertThat(day.statusCode()).isEqualTo(422);
        assertThat(day.body()).contains("dueOn: 1.12.2026 is not a day such as 2026-12-01");
        assertThat(notJson.statusCode()).isEqualTo(400);
        assertThat(notJson.body()).contains("The body is not the JSON expected").doesNotContain("Exception");
        assertThat(noVersion.statusCode()).isEqualTo(400);
        assertThat(noVersion.body()).contains("The parameter version is missing");
    }

    @Test
    void an_unknown_step_is_a_404_with_the_steps_there_are() throws Exception {
        var get = api.send("api-lead", "GET", "/api/v1/plan/steps/PAINT_THE_OFFICE", null, null);
        var put = put("api-lead", "PAINT_THE_OFFICE", 0, "{\"status\":\"DONE\"}");
        var notInPlan = api.send("api-lead", "GET", "/api/v1/plan/steps/HYBRID_SERVER", null, null);

        assertThat(get.statusCode()).isEqualTo(404);
        assertThat(get.body()).contains("There is no step PAINT_THE_OFFICE; the steps are TELL_USERS, VERIFY_DOMAIN");
        assertThat(put.statusCode()).isEqualTo(404);
        assertThat(notInPlan.statusCode()).isEqualTo(404);
        assertThat(notInPlan.body()).contains("the plan has no step");
    }

    @Test
    void the_mx_switch_done_in_the_plan_is_the_projects_mx_record_and_on_the_timeline() throws Exception {
        var at = Instant.now().minus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);

        var saved = put("api-lead", "MX_SWITCH", 0, "{\"status\":\"DONE\",\"values\":{\"MX_SWITCHED_AT\":\"" + at + "\"}}");

        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        var project = api.send("api-helpdesk", "GET", "/api/v1/project", null, null);
        assertThat(project.body()).contains("\"mxPointsToCloud\":true", "\"mxChangedAt\":\"" + at + "\"");
        var timeline = api.send("api-helpdesk", "GET", "/api/v1/plan/timeline", null, null);
        assertThat(timeline.statusCode()).isEqualTo(200);
        assertThat(timeline.body()).contains("\"kind\":\"MX_SWITCH\"", "\"at\":\"" + at + "\"", "\"uid\":\"mx-switch\"",
                "\"what\":\"MX record pointed to Microsoft 365\"", "\"kind\":\"MX_WAIT_ENDS\"");
    }

    @Test
    void a_body_without_a_status_keeps_the_steps_status_and_leaves_the_mx_record_alone() throws Exception {
        var at = Instant.now().minus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        put("api-lead", "MX_SWITCH", 0, "{\"status\":\"DONE\",\"values\":{\"MX_SWITCHED_AT\":\"" + at + "\"}}");

        var noted = put("api-lead", "MX_SWITCH", 1, "{\"note\":\"DNS provider confirmed\",\"values\":{\"MX_SWITCHED_AT\":\"" + at + "\"}}");

        assertThat(noted.statusCode()).as(noted.body()).isEqualTo(200);
        assertThat(noted.body()).contains("\"status\":\"DONE\"", "DNS provider confirmed");
        var project = api.send("api-helpdesk", "GET", "/api/v1/project", null, null);
        assertThat(project.body()).contains("\"mxPointsToCloud\":true", "\"mxChangedAt\":\"" + at + "\"");
    }
}
