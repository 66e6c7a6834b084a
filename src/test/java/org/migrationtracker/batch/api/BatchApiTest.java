package org.migrationtracker.batch.api;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.migrationtracker.ApiCalls;
import org.migrationtracker.IntegrationTest;
import org.migrationtracker.mailbox.BulkAction;
import org.migrationtracker.mailbox.BulkTarget;
import org.migrationtracker.mailbox.InventoryImportService;
import org.migrationtracker.mailbox.MailboxEdits;
import org.migrationtracker.mailbox.MailboxFilter;
import org.migrationtracker.mailbox.MailboxTestData;
import org.migrationtracker.security.TrackerUserService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.net.http.HttpResponse;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class BatchApiTest {


    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;
    @Autowired TrackerUserService users;
    @Autowired InventoryImportService imports;
    @Autowired MailboxEdits mailboxes;

    @BeforeEach
    void setUp() {
        MailboxTestData.clearWithBatches(jdbc);
        jdbc.update("update migration_project set mx_points_to_cloud = false, mx_changed_at = null, single_sign_on = false");
        MailboxTestData.asAdmin(() -> {
            ApiCalls.ensureUsers(users, jdbc);
            imports.importInventory("inventory.csv", MailboxTestData.inventory(30, "Finance"));
            mailboxes.bulk(new BulkAction.SetFullAccess(true), BulkTarget.matching(MailboxFilter.all()));
            mailboxes.bulk(new BulkAction.SetWriteProperty(true), BulkTarget.matching(MailboxFilter.all()));
        });
    }

    private HttpResponse<String> send(String user, String method, String path, String contentType, String body) throws Exception {
        return new ApiCalls(port).send(user, method, path, contentType, body);
    }

    @Test
    void a_batch_is_created_listed_shown_and_its_csv_downloaded() throws Exception {
        var created = send("api-admin", "POST", "/api/v1/batches", "application/json",
                "{\"name\":\"Finance1\",\"startMode\":\"MANUAL\",\"filter\":{\"department\":\"Finance\",\"readyOnly\":true}}");

        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.body()).contains("\"batches\":[\"Finance1\"]", "\"mailboxes\":27");
        assertThat(send("api-lead", "GET", "/api/v1/batches", null, null).body()).contains("\"name\":\"Finance1\"", "\"status\":\"Created\"");
        assertThat(send("api-lead", "GET", "/api/v1/batches/finance1", null, null).body()).contains("\"state\":\"IN_BATCH\"");
        var csv = send("api-admin", "GET", "/api/v1/batches/Finance1/csv", null, null);
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
        assertThat(csv.body()).startsWith("EmailAddress,Password,ForceChangePassword\r\n").contains(",True\r\n");
        assertThat(send("api-admin", "GET", "/api/v1/batches/Finance1/csv?passwords=false", null, null).body())
                .startsWith("EmailAddress\r\n").doesNotContain("True");
    }

    @Test
    void a_batch_lists_the_actions_its_status_allows() throws Exception {
        send("api-admin", "POST", "/api/v1/batches", "application/json",
                "{\"name\":\"Pilot\",\"startMode\":\"MANUAL\",\"addresses\":[\"user1@contoso.com\"]}");
        jdbc.update("update migration_batch set status = 'COMPLETING' where name = 'Pilot'");

        assertThat(send("api-lead", "GET", "/api/v1/batches/Pilot", null, null).body())
                .contains("\"status\":\"Completing\"", "\"actions\":[\"COMPLETE\",\"FAIL\",\"REMOVE\",\"ADD_MAILBOXES\"]");
    }

    @Test
    void a_rule_that_refuses_a_batch_answers_422_with_the_reasons() throws Exception {
        var response = send("api-admin", "POST", "/api/v1/batches", "application/json",
                "{\"name\":\"Finance 1\",\"addresses\":[\"user1@contoso.com\"]}");

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("use only letters and digits");
    }

    @Test
    void a_planned_end_before_the_planned_start_answers_422_with_both_days_and_creates_nothing() throws Exception {
        var response = send("api-admin", "POST", "/api/v1/batches", "application/json",
                "{\"name\":\"Finance1\",\"plannedStart\":\"2026-12-10\",\"plannedEnd\":\"2026-12-08\",\"addresses\":[\"user1@contoso.com\"]}");

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("the planned end (Dec 8, 2026) is before the planned start (Dec 10, 2026)");
        assertThat(send("api-admin", "GET", "/api/v1/batches", null, null).body()).doesNotContain("Finance1");
    }

    @Test
    void the_validator_answers_200_for_a_good_file_and_422_with_lines_for_a_bad_one() throws Exception {
        var good = send("api-admin", "POST", "/api/v1/batches/validate", "text/csv",
                "EmailAddress,Password,ForceChangePassword\r\na@contoso.com,Pa$$w0rd,False\r\n");
        var bad = send("api-admin", "POST", "/api/v1/batches/validate", "text/csv",
                "EmailAddress\r\na@contoso.com\r\na@contoso.com\r\n");

        assertThat(good.statusCode()).isEqualTo(200);
        assertThat(good.body()).contains("would be accepted by Exchange", "\"rows\":1");
        assertThat(bad.statusCode()).isEqualTo(422);
        assertThat(bad.body()).contains("\"line\":3", "appears twice");
    }

    @Test
    void a_status_export_is_pushed_by_script_and_removal_is_refused_with_its_conditions() throws Exception {
        send("api-admin", "POST", "/api/v1/batches", "application/json",
                "{\"name\":\"Pilot\",\"startMode\":\"AUTOMATIC\",\"addresses\":[\"user1@contoso.com\"]}");

        var status = send("api-admin", "POST", "/api/v1/status/import?fileName=users.csv", "text/csv",
                "\"Identity\",\"MailboxEmailAddress\",\"Status\",\"StatusSummary\"\r\n\"user1@contoso.com\",\"user1@contoso.com\",\"Synced\",\"Synced\"\r\n");
        var remove = send("api-admin", "POST", "/api/v1/batches/Pilot/remove", null, null);

        assertThat(status.statusCode()).isEqualTo(200);
        assertThat(status.body()).contains("\"mailboxesChanged\":1");
        assertThat(remove.statusCode()).isEqualTo(422);
        assertThat(remove.body()).contains("the MX record does not point to Microsoft 365 yet", "not completed yet");
        assertThat(send("api-helpdesk", "POST", "/api/v1/status/import", "text/csv", "Identity,Status\r\nx,Synced\r\n").statusCode())
                .isEqualTo(403);
    }

    @Test
    void an_empty_file_posted_to_any_import_or_validate_endpoint_answers_422_the_file_is_empty() throws Exception {
        for (String path : List.of("/api/v1/mailboxes/import", "/api/v1/permissions/import", "/api/v1/status/import",
                "/api/v1/batches/validate")) {
            var empty = send("api-admin", "POST", path, "text/csv", "");

            assertThat(empty.statusCode()).as(path).isEqualTo(422);
            assertThat(empty.body()).as(path).contains("the file is empty");
        }
    }

    @Test
    void the_validator_refuses_a_proxy_address_with_its_line_and_the_primary_address() throws Exception {
        var validation = send("api-admin", "POST", "/api/v1/batches/validate", "text/csv",
                "EmailAddress\r\nuser1@contoso.com\r\nu7@contoso.mail.onmicrosoft.com\r\n");

        assertThat(validation.statusCode()).isEqualTo(422);
        assertThat(validation.body()).contains("\"line\":3", "u7@contoso.mail.onmicrosoft.com is a proxy address: use the primary address user7@contoso.com");
    }

    @Test
    void a_batch_created_in_the_tracker_whose_users_completed_in_exchange_is_not_removed_before_the_mx_switch() throws Exception {
        send("api-admin", "POST", "/api/v1/batches", "application/json",
                "{\"name\":\"Finance1\",\"startMode\":\"MANUAL\",\"addresses\":[\"user1@contoso.com\"]}");
        var imported = send("api-admin", "POST", "/api/v1/status/import", "text/csv",
                "Identity,MailboxEmailAddress,BatchId,Status\r\nuser1@contoso.com,user1@contoso.com,Finance1,Completed\r\n");
        assertThat(imported.statusCode()).isEqualTo(200);

        var remove = send("api-admin", "POST", "/api/v1/batches/Finance1/remove", null, null);

        assertThat(remove.statusCode()).isEqualTo(422);
        assertThat(remove.body()).contains("the MX record does not point to Microsoft 365 yet");
    }

    @Test
    void a_status_import_lists_rows_for_another_batch_and_applies_them_on_request() throws Exception {
        send("api-admin", "POST", "/api/v1/batches", "application/json",
                "{\"name\":\"Finance1\",\"startMode\":\"MANUAL\",\"addresses\":[\"user1@contoso.com\"]}");
        String export = "Identity,MailboxEmailAddress,BatchId,Status\r\nuser2@contoso.com,user2@contoso.com,Finance1,Syncing\r\n";

        var listed = send("api-admin", "POST", "/api/v1/status/import", "text/csv", export);
        assertThat(listed.body()).contains("\"notApplied\":[{\"line\":2,\"identity\":\"user2@contoso.com\",\"namedBatch\":\"Finance1\"",
                "in the tracker the mailbox is in no batch", "\"joinable\":true");

        var applied = send("api-admin", "POST", "/api/v1/status/import?joinNamedBatch=true", "text/csv", export);
        assertThat(applied.body()).contains("\"notApplied\":[]", "\"mailboxesChanged\":1");
    }
}
