package org.migrationtracker.access;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.migrationtracker.ApiCalls;
import org.migrationtracker.IntegrationTest;
import org.migrationtracker.mailbox.InventoryImportService;
import org.migrationtracker.mailbox.MailboxEdits;
import org.migrationtracker.mailbox.MailboxTestData;
import org.migrationtracker.security.TrackerUserService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** Through the API each role reads what its screens show it, and no more. */
@IntegrationTest
class ReadingThroughTheApiTest {

    private static final String MAILBOX = "/api/v1/mailboxes/user1@contoso.com";

    @LocalServerPort
    int port;

    @Autowired
    TrackerUserService users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    InventoryImportService imports;

    @Autowired
    MailboxEdits edits;

    private ApiCalls api;

    @BeforeEach
    void inventoryWithPermissionsRecorded() {
        ApiCalls.ensureUsers(users, jdbc);
        api = new ApiCalls(port);
        // importing, then recording FullAccess and WriteProperty: permission changes in every mailbox's history
        MailboxTestData.asAdmin(() -> MailboxTestData.readyInventory(jdbc, imports, edits, 3));
    }

    @Test
    void the_helpdesk_reads_a_mailbox_with_the_timeline_of_its_card_and_not_its_permission_history() throws Exception {
        var helpdesk = api.send("api-helpdesk", "GET", MAILBOX, null, null);

        assertThat(helpdesk.statusCode()).isEqualTo(200);
        assertThat(helpdesk.body()).contains("\"primaryAddress\":\"user1@contoso.com\"", "\"field\":\"imported\"")
                .doesNotContain("\"field\":\"full_access\"", "\"field\":\"write_property\"")
                .contains("\"x500Addresses\":[]");
    }

    @Test
    void the_lead_and_admins_read_a_mailbox_with_its_whole_history() throws Exception {
        for (String user : new String[] {"api-lead", "api-admin"}) {
            var whole = api.send(user, "GET", MAILBOX, null, null);

            assertThat(whole.statusCode()).as(user).isEqualTo(200);
            assertThat(whole.body()).as(user).contains("\"field\":\"imported\"", "\"field\":\"full_access\"", "\"field\":\"write_property\"");
        }
    }

    @Test
    void the_helpdesk_reads_no_batch_and_the_lead_reads_the_board_but_no_batch_csv() throws Exception {
        assertThat(api.send("api-helpdesk", "GET", "/api/v1/batches", null, null).statusCode()).isEqualTo(403);
        assertThat(api.send("api-lead", "GET", "/api/v1/batches", null, null).statusCode()).isEqualTo(200);
        assertThat(api.send("api-lead", "GET", "/api/v1/batches/Finance1/csv", null, null).statusCode()).isEqualTo(403);
    }
}
