package org.migrationtracker.mailbox.api;

import org.migrationtracker.ApiCalls;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.migrationtracker.IntegrationTest;
import org.migrationtracker.mailbox.BulkAction;
import org.migrationtracker.mailbox.BulkTarget;
import org.migrationtracker.mailbox.InventoryImportService;
import org.migrationtracker.mailbox.MailboxFilter;
import org.migrationtracker.mailbox.MailboxEdits;
import org.migrationtracker.mailbox.MailboxState;
import org.migrationtracker.mailbox.MailboxTestData;
import org.migrationtracker.security.TrackerUserService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.net.http.HttpResponse;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The recipients import as a script pushes it after the conversion ran on-premises. */
@IntegrationTest
class RecipientApiTest {

    private static final String RECIPIENTS = "\"PrimarySmtpAddress\",\"RecipientTypeDetails\",\"EmailAddresses\"\r\n"
            + "\"user1@contoso.com\",\"MailUser\",\"SMTP:user1@contoso.com smtp:u1@contoso.mail.onmicrosoft.com\"\r\n"
            + "\"sales@contoso.com\",\"MailUniversalDistributionGroup\",\"SMTP:sales@contoso.com\"\r\n";

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;
    @Autowired TrackerUserService users;
    @Autowired InventoryImportService imports;
    @Autowired MailboxEdits mailboxes;

    @BeforeEach
    void completedMailbox() {
        MailboxTestData.clear(jdbc);
        MailboxTestData.asAdmin(() -> {
            ApiCalls.ensureUsers(users, jdbc);
            imports.importInventory("inventory.csv", MailboxTestData.inventory(3, "Finance"));
            mailboxes.bulk(new BulkAction.SetFullAccess(true), BulkTarget.matching(MailboxFilter.all()));
            mailboxes.bulk(new BulkAction.SetWriteProperty(true), BulkTarget.matching(MailboxFilter.all()));
            for (var state : List.of(MailboxState.IN_BATCH, MailboxState.SYNCING, MailboxState.SYNCED, MailboxState.COMPLETED)) {
                mailboxes.bulk(new BulkAction.MoveTo(state, ""), BulkTarget.addresses(List.of("user1@contoso.com")));
            }
        });
    }

    private HttpResponse<String> post(String user, String path, String contentType, String body) throws Exception {
        return new ApiCalls(port).send(user, "POST", path, contentType, body);
    }

    private MailboxState state(String address) {
        return MailboxState.valueOf(jdbc.queryForObject("select state from mailbox where primary_address = ?", String.class, address));
    }

    @Test
    void an_admin_imports_the_recipients_as_text_csv_and_gets_the_summary() throws Exception {
        var response = post("api-admin", "/api/v1/recipients/import?fileName=recipients.csv", "text/csv", RECIPIENTS);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"fileName\":\"recipients.csv\"", "\"rows\":2", "\"converted\":1", "\"notTracked\":1",
                "\"notTrackedSample\":[\"sales@contoso.com\"]", "\"missingAddresses\":[]", "\"notAccepted\":[]");
        assertThat(state("user1@contoso.com")).isEqualTo(MailboxState.CONVERTED_TO_MAIL_USER);
    }

    @Test
    void no_body_is_an_empty_file_and_a_bad_file_is_refused_with_422_and_its_problems() throws Exception {
        var empty = post("api-admin", "/api/v1/recipients/import", "text/csv", null);
        var bad = post("api-admin", "/api/v1/recipients/import", "text/csv", "PrimarySmtpAddress,RecipientTypeDetails\r\nbroken,MailUser\r\n");

        assertThat(empty.statusCode()).isEqualTo(422);
        assertThat(empty.body()).contains("the file is empty", "\"total\":1");
        assertThat(bad.statusCode()).isEqualTo(422);
        assertThat(bad.body()).contains("\"line\":2", "\"field\":\"PrimarySmtpAddress\"", "'broken' is not a valid e-mail address",
                "nothing was imported");
        assertThat(state("user1@contoso.com")).isEqualTo(MailboxState.COMPLETED);
    }

    @Test
    void helpdesk_and_lead_may_not_import_recipients() throws Exception {
        assertThat(post("api-helpdesk", "/api/v1/recipients/import", "text/csv", RECIPIENTS).statusCode()).isEqualTo(403);
        assertThat(post("api-lead", "/api/v1/recipients/import", "text/csv", RECIPIENTS).statusCode()).isEqualTo(403);
        assertThat(state("user1@contoso.com")).isEqualTo(MailboxState.COMPLETED);
    }
}
