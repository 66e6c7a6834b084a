package org.migrationtracker.mailbox.api;

import org.migrationtracker.ApiCalls;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.migrationtracker.IntegrationTest;
import org.migrationtracker.mailbox.MailboxTestData;
import org.migrationtracker.security.TrackerUserService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** The REST API as a PowerShell script uses it: HTTP Basic, JSON, the same rules and messages as the UI. */
@IntegrationTest
class MailboxApiTest {


    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;
    @Autowired TrackerUserService users;

    @BeforeEach
    void setUp() {
        MailboxTestData.clear(jdbc);
        MailboxTestData.asAdmin(() -> {
            ApiCalls.ensureUsers(users, jdbc);
        });
    }

    private HttpResponse<String> send(String user, String method, String path, String contentType, String body)
            throws IOException, InterruptedException {
        return new ApiCalls(port).send(user, method, path, contentType, body);
    }

    private String inventory() {
        return new String(MailboxTestData.inventory(30, "Finance"), StandardCharsets.UTF_8);
    }

    @Test
    void an_admin_imports_the_inventory_as_text_csv_and_gets_the_summary() throws Exception {
        var response = send("api-admin", "POST", "/api/v1/mailboxes/import?fileName=mailboxes.csv", "text/csv", inventory());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"added\":30", "\"fileName\":\"mailboxes.csv\"");
        var again = send("api-admin", "POST", "/api/v1/mailboxes/import", "text/csv", inventory());
        assertThat(again.body()).contains("\"added\":0", "\"unchanged\":30");
    }

    @Test
    void a_bad_file_is_refused_with_422_listing_line_column_and_message_and_nothing_is_written() throws Exception {
        var response = send("api-admin", "POST", "/api/v1/mailboxes/import", "text/csv",
                "PrimarySmtpAddress,DisplayName\r\nok@contoso.com,Ok\r\nbroken,Broken\r\n");

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("\"line\":3", "\"column\":1", "\"field\":\"PrimarySmtpAddress\"",
                "'broken' is not a valid e-mail address", "nothing was imported");
        assertThat(jdbc.queryForObject("select count(*) from mailbox", Integer.class)).isZero();
    }

    @Test
    void an_admin_imports_the_cloud_users_and_gets_the_summary() throws Exception {
        send("api-admin", "POST", "/api/v1/mailboxes/import", "text/csv", inventory());

        var response = send("api-admin", "POST", "/api/v1/cloud-users/import?fileName=entra.csv", "text/csv",
                "UserPrincipalName,Mail,CreatedDateTime,AssignedLicenses\r\n"
                        + "user1@contoso.com,user1@contoso.com,2026-11-02T08:00:00Z,1\r\n"
                        + "u2@contoso.mail.onmicrosoft.com,,2026-11-03T08:00:00Z,0\r\n"
                        + "admin@contoso.onmicrosoft.com,,2024-01-05T08:00:00Z,1\r\n");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"fileName\":\"entra.csv\"", "\"export\":\"Get-MgUser (Microsoft Graph)\"",
                "\"rows\":3", "\"changed\":2", "\"unknownCount\":1", "\"unknownUsers\":[\"admin@contoso.onmicrosoft.com\"]");
        var one = send("api-admin", "GET", "/api/v1/mailboxes/user1@contoso.com", null, null);
        assertThat(one.body()).contains("\"cloudCreatedOn\":\"2026-11-02\"", "\"licenceDeadline\":\"2026-12-02\"");
    }

    @Test
    void a_cloud_user_file_with_bad_values_or_an_empty_body_is_refused_with_422() throws Exception {
        var bad = send("api-admin", "POST", "/api/v1/cloud-users/import", "text/csv",
                "UserPrincipalName,AssignedLicenses\r\nuser1@contoso.com,Microsoft.Graph.PowerShell.Models.IMicrosoftGraphAssignedLicense[]\r\n");
        var empty = send("api-admin", "POST", "/api/v1/cloud-users/import", "text/csv", "");

        assertThat(bad.statusCode()).isEqualTo(422);
        assertThat(bad.body()).contains("\"line\":2", "\"column\":2", "\"field\":\"AssignedLicenses\"", "Export-Csv wrote the type name",
                "nothing was imported");
        assertThat(empty.statusCode()).isEqualTo(422);
        assertThat(empty.body()).contains("the file is empty");
    }

    @Test
    void only_admins_import_cloud_users() throws Exception {
        String csv = "UserPrincipalName,Licensed\r\nuser1@contoso.com,True\r\n";

        assertThat(send("api-helpdesk", "POST", "/api/v1/cloud-users/import", "text/csv", csv).statusCode()).isEqualTo(403);
        assertThat(send("api-lead", "POST", "/api/v1/cloud-users/import", "text/csv", csv).statusCode()).isEqualTo(403);
        assertThat(send(null, "POST", "/api/v1/cloud-users/import", "text/csv", csv).statusCode()).isEqualTo(401);
    }

    @Test
    void helpdesk_and_lead_read_but_may_not_write_and_strangers_are_asked_to_sign_in() throws Exception {
        send("api-admin", "POST", "/api/v1/mailboxes/import", "text/csv", inventory());

        assertThat(send("api-helpdesk", "POST", "/api/v1/mailboxes/import", "text/csv", inventory()).statusCode()).isEqualTo(403);
        assertThat(send("api-lead", "POST", "/api/v1/mailboxes/bulk", "application/json",
                "{\"action\":\"SET_FULL_ACCESS\",\"value\":true,\"addresses\":[\"user1@contoso.com\"]}").statusCode()).isEqualTo(403);
        assertThat(send("api-helpdesk", "GET", "/api/v1/mailboxes?size=5", null, null).statusCode()).isEqualTo(200);
        assertThat(send("api-lead", "GET", "/api/v1/project", null, null).statusCode()).isEqualTo(200);
        var anonymous = send(null, "GET", "/api/v1/mailboxes", null, null);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValue("Bearer realm=\"Migration Tracker\"");
    }

    @Test
    void mailboxes_are_listed_filtered_and_paged_and_one_comes_with_reasons_and_history() throws Exception {
        send("api-admin", "POST", "/api/v1/mailboxes/import", "text/csv", inventory());

        var page = send("api-lead", "GET", "/api/v1/mailboxes?ready=false&reason=UM_STILL_ENABLED&page=0&size=2", null, null);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("\"totalElements\":3", "\"size\":2");

        var one = send("api-helpdesk", "GET", "/api/v1/mailboxes/USER10@Contoso.com", null, null);
        assertThat(one.statusCode()).isEqualTo(200);
        assertThat(one.body()).contains("\"primaryAddress\":\"user10@contoso.com\"", "UM still enabled", "\"field\":\"imported\"");
        assertThat(send("api-helpdesk", "GET", "/api/v1/mailboxes/nobody@contoso.com", null, null).statusCode()).isEqualTo(404);
    }

    @Test
    void the_detail_of_a_mailbox_lists_its_x500_addresses_and_they_are_not_proxy_addresses() throws Exception {
        send("api-admin", "POST", "/api/v1/mailboxes/import", "text/csv",
                "PrimarySmtpAddress,EmailAddresses\r\npilar@contoso.com,SMTP:pilar@contoso.com;smtp:pp@contoso.com;X500:/o=Contoso/cn=Recipients/cn=Pilar P\r\n");

        // admins and the lead see X500 addresses in the mailbox grid's dialog; the helpdesk's card shows none
        var one = send("api-lead", "GET", "/api/v1/mailboxes/pilar@contoso.com", null, null);

        assertThat(one.statusCode()).isEqualTo(200);
        assertThat(one.body()).contains("\"x500Addresses\":[\"X500:/o=Contoso/cn=Recipients/cn=Pilar P\"]",
                "\"proxyAddresses\":[\"pp@contoso.com\"]");
    }

    @Test
    void a_bulk_call_returns_the_same_summary_as_the_screen() throws Exception {
        send("api-admin", "POST", "/api/v1/mailboxes/import", "text/csv", inventory());

        var response = send("api-admin", "POST", "/api/v1/mailboxes/bulk", "application/json",
                "{\"action\":\"MOVE_TO\",\"state\":\"SKIPPED\",\"note\":\"\",\"addresses\":[\"user1@contoso.com\",\"ghost@contoso.com\"]}");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"changed\":0", "skipping needs a reason", "not in the tracker");
        var unknown = send("api-admin", "POST", "/api/v1/mailboxes/bulk", "application/json", "{\"action\":\"EXPLODE\",\"addresses\":[\"a@b.c\"]}");
        assertThat(unknown.statusCode()).isEqualTo(422);
        assertThat(unknown.body()).contains("Unknown action 'EXPLODE'");
    }

    @Test
    void a_stale_project_update_is_a_409_conflict() throws Exception {
        var current = send("api-admin", "GET", "/api/v1/project", null, null).body();
        long version = Long.parseLong(current.replaceAll(".*\"version\":(\\d+).*", "$1"));
        String settings = "{\"organisationName\":\"Contoso\",\"smtpDomains\":[\"contoso.com\"],\"sourceVersion\":\"EXCHANGE_2007\","
                + "\"method\":\"STAGED\",\"directorySync\":true,\"singleSignOn\":false,\"migrationAdminAccount\":\"CONTOSO\\\\migadmin\"}";

        var first = send("api-admin", "PUT", "/api/v1/project?version=" + version, "application/json", settings);
        var second = send("api-admin", "PUT", "/api/v1/project?version=" + version, "application/json", settings);

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.body()).contains("\"organisationName\":\"Contoso\"");
        assertThat(second.statusCode()).isEqualTo(409);
        assertThat(second.body()).contains("changed by api-admin");
    }

    @Test
    void helpdesk_adds_a_note_through_the_api_and_the_lead_may_not() throws Exception {
        send("api-admin", "POST", "/api/v1/mailboxes/import", "text/csv", inventory());

        var added = send("api-helpdesk", "POST", "/api/v1/mailboxes/user4@contoso.com/notes", "application/json",
                "{\"text\":\"Ticket 4711: user called about Outlook\"}");
        var refused = send("api-lead", "POST", "/api/v1/mailboxes/user4@contoso.com/notes", "application/json", "{\"text\":\"x\"}");
        var empty = send("api-admin", "POST", "/api/v1/mailboxes/user4@contoso.com/notes", "application/json", "{\"text\":\" \"}");

        assertThat(added.statusCode()).isEqualTo(201);
        assertThat(added.body()).contains("\"author\":\"api-helpdesk\"", "Ticket 4711");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(empty.statusCode()).isEqualTo(422);
        assertThat(empty.body()).contains("A note needs some text");
    }

    @Test
    void the_openapi_document_describes_the_api() throws Exception {
        var doc = send("api-lead", "GET", "/v3/api-docs", null, null);

        assertThat(doc.statusCode()).isEqualTo(200);
        assertThat(doc.body()).contains("/api/v1/mailboxes/import", "/api/v1/mailboxes/bulk", "/api/v1/permissions/import",
                "/api/v1/cloud-users/import", "/api/v1/project");
        assertThat(doc.body()).as("messages are documented as the text they are sent as, not as key and arguments")
                .doesNotContain("\"args\"").contains("\"action\":{\"type\":\"string\"}");
    }
}
