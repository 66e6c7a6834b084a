package org.migrationtracker.batch.api;

import org.migrationtracker.ApiCalls;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.migrationtracker.IntegrationTest;
import org.migrationtracker.batch.BatchService;
import org.migrationtracker.batch.ConversionTestData;
import org.migrationtracker.mailbox.InventoryImportService;
import org.migrationtracker.mailbox.MailboxEdits;
import org.migrationtracker.mailbox.MailboxTestData;
import org.migrationtracker.security.TrackerUserService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class ConversionApiTest {


    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;
    @Autowired TrackerUserService users;
    @Autowired InventoryImportService imports;
    @Autowired MailboxEdits mailboxes;
    @Autowired BatchService batches;

    @BeforeEach
    void completedBatch() {
        MailboxTestData.clearWithBatches(jdbc);
        jdbc.update("update migration_project set routing_domain = 'contoso.mail.onmicrosoft.com'");
        MailboxTestData.asAdmin(() -> {
            ApiCalls.ensureUsers(users, jdbc);
            ConversionTestData.completedBatch(imports, mailboxes, batches);
        });
    }

    @AfterEach
    void noRoutingDomain() {
        jdbc.update("update migration_project set routing_domain = ''");
    }

    private HttpResponse<byte[]> get(String user, String path) throws Exception {
        return new ApiCalls(port).download(user, path);
    }

    @Test
    void an_admin_downloads_the_conversion_csv_as_an_attachment() throws Exception {
        var response = get("api-admin", "/api/v1/batches/Finance1/conversion.csv");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
        assertThat(response.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=\"Finance1-conversion.csv\"");
        assertThat(new String(response.body(), StandardCharsets.UTF_8)).startsWith("Identity,DisplayName,TargetAddress,EmailAddresses\r\n")
                .contains("toby@contoso.com,Toby Nixon,toby@contoso.mail.onmicrosoft.com,SMTP:toby@contoso.com\r\n");
    }

    @Test
    void an_admin_downloads_the_conversion_script_with_its_bom() throws Exception {
        var response = get("api-admin", "/api/v1/batches/Finance1/conversion.ps1");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=\"Finance1-conversion.ps1\"");
        assertThat(response.body()).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(new String(response.body(), StandardCharsets.UTF_8)).contains("$mbx = Get-Mailbox -Identity 'pilar@contoso.com'");
    }

    @Test
    void a_project_that_is_not_staged_is_answered_422_with_the_reasons() throws Exception {
        jdbc.update("update migration_project set method = 'CUTOVER'");

        var response = get("api-admin", "/api/v1/batches/Finance1/conversion.ps1");

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(new String(response.body(), StandardCharsets.UTF_8)).contains("\"message\":\"No mail-user conversion for Finance1: "
                + "only a staged migration converts mailboxes to mail users (this project: Cutover)\",\"reasons\":"
                + "[\"only a staged migration converts mailboxes to mail users (this project: Cutover)\"]");
        assertThat(get("api-admin", "/api/v1/batches/Nothing/conversion.csv").statusCode()).isEqualTo(422);
    }

    @Test
    void helpdesk_and_lead_may_not_download_the_conversion() throws Exception {
        assertThat(get("api-helpdesk", "/api/v1/batches/Finance1/conversion.csv").statusCode()).isEqualTo(403);
        assertThat(get("api-lead", "/api/v1/batches/Finance1/conversion.ps1").statusCode()).isEqualTo(403);
    }
}
