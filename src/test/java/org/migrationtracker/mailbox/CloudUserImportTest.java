package org.migrationtracker.mailbox;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.migrationtracker.IntegrationTest;
import org.migrationtracker.csv.CsvProblem;
import org.migrationtracker.csv.CsvRefusedException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

@IntegrationTest
@WithMockUser(username = "ada", roles = "ADMIN")
class CloudUserImportTest {

    private static final String HEADER = "\"UserPrincipalName\",\"Mail\",\"CreatedDateTime\",\"AssignedLicenses\"\r\n";

    @Autowired CloudUserImportService cloudUsers;
    @Autowired InventoryImportService inventory;
    @Autowired MailboxSearch mailboxes;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;

    @BeforeEach
    void inventory() {
        MailboxTestData.clear(jdbc);
        MailboxTestData.asAdmin(() -> inventory.importInventory("inventory.csv", MailboxTestData.inventory(5, "Finance")));
    }

    private CloudUserImportSummary load(String csv) {
        return cloudUsers.importCloudUsers("cloud-users.csv", csv.getBytes(StandardCharsets.UTF_8));
    }

    private Mailbox user(int n) {
        return mailboxes.findByAddress("user" + n + "@contoso.com").orElseThrow();
    }

    private int historyCount() {
        return jdbc.queryForObject("select count(*) from mailbox_history", Integer.class);
    }

    @Test
    void the_creation_date_sets_the_30_day_licence_deadline_and_a_licence_in_the_cloud_is_recorded_today() {
        var summary = load(HEADER
                + "\"user1@contoso.com\",\"user1@contoso.com\",\"11/2/2026 9:05:00 AM\",\"0\"\r\n"
                + "\"user2@contoso.com\",\"user2@contoso.com\",\"11/3/2026 9:05:00 AM\",\"1\"\r\n");

        assertThat(summary.export()).isEqualTo("Get-MgUser (Microsoft Graph)");
        assertThat(summary.changed()).isEqualTo(2);
        var one = user(1);
        assertThat(one.postMigration().cloudCreatedOn()).isEqualTo(LocalDate.of(2026, 11, 2));
        assertThat(one.licenceDeadline()).isEqualTo(LocalDate.of(2026, 12, 2));
        assertThat(one.postMigration().licenceAssignedOn()).isNull();
        assertThat(user(2).postMigration().licenceAssignedOn()).as("the export does not say since when: today")
                .isEqualTo(LocalDate.now(clock));
        assertThat(user(3).postMigration().cloudCreatedOn()).as("not in the file").isNull();
    }

    @Test
    void a_user_whose_principal_name_is_a_proxy_address_finds_its_mailbox() {
        var summary = load("UserPrincipalName,WhenCreated,IsLicensed\r\nu4@contoso.mail.onmicrosoft.com,21-11-2026 14:15:30,True\r\n");

        assertThat(summary.export()).isEqualTo("Get-MsolUser (MSOnline)");
        assertThat(summary.changed()).isEqualTo(1);
        assertThat(summary.unknownUsers()).isEmpty();
        assertThat(user(4).postMigration().cloudCreatedOn()).isEqualTo(LocalDate.of(2026, 11, 21));
        assertThat(user(4).postMigration().licenceAssignedOn()).isEqualTo(LocalDate.now(clock));
    }

    @Test
    void users_without_a_mailbox_are_listed_as_unknown_and_the_rest_is_recorded() {
        var summary = load(HEADER
                + "\"user1@contoso.com\",\"user1@contoso.com\",\"11/2/2026 9:05:00 AM\",\"1\"\r\n"
                + "\"admin@contoso.onmicrosoft.com\",\"\",\"1/5/2024 8:00:00 AM\",\"1\"\r\n"
                + "\"guest_fabrikam.com#EXT#@contoso.onmicrosoft.com\",\"guest@fabrikam.com\",\"3/5/2025 8:00:00 AM\",\"0\"\r\n");

        assertThat(summary.rows()).isEqualTo(3);
        assertThat(summary.changed()).isEqualTo(1);
        assertThat(summary.unknownCount()).isEqualTo(2);
        assertThat(summary.unknownUsers()).containsExactly("admin@contoso.onmicrosoft.com",
                "guest_fabrikam.com#EXT#@contoso.onmicrosoft.com");
        assertThat(summary.describe()).extracting(message -> message.english()).contains(
                "2 users without a mailbox in the tracker (cloud-only accounts are normal): admin@contoso.onmicrosoft.com, "
                        + "guest_fabrikam.com#EXT#@contoso.onmicrosoft.com");
        assertThat(user(1).postMigration().cloudCreatedOn()).isEqualTo(LocalDate.of(2026, 11, 2));
    }

    @Test
    void a_refused_file_lists_every_problem_and_changes_nothing() {
        int history = historyCount();

        assertThatThrownBy(() -> load(HEADER
                + "\"user1@contoso.com\",\"user1@contoso.com\",\"11/2/2026 9:05:00 AM\",\"1\"\r\n"
                + "\"user2@contoso.com\",\"user2@contoso.com\",\"someday\",\"1\"\r\n"
                + "\"u1@contoso.mail.onmicrosoft.com\",\"\",\"11/2/2026 9:05:00 AM\",\"System.Collections.Generic.List`1[Microsoft.Graph.PowerShell.Models.IMicrosoftGraphAssignedLicense]\"\r\n"
                + "\"user3@contoso.com\",\"user3@contoso.com\"\r\n"))
                .isInstanceOfSatisfying(CsvRefusedException.class, refused -> assertThat(refused.problems())
                        .extracting(CsvProblem::line, CsvProblem::column).containsExactly(
                                tuple(3, "CreatedDateTime"), tuple(4, "AssignedLicenses"), tuple(4, "UserPrincipalName"), tuple(5, "")));
        assertThat(user(1).postMigration().cloudCreatedOn()).isNull();
        assertThat(user(1).postMigration().licenceAssignedOn()).isNull();
        assertThat(historyCount()).isEqualTo(history);
    }

    @Test
    void an_unlicensed_user_loses_the_recorded_licence_and_a_file_without_licences_keeps_it() {
        load("UserPrincipalName,Licensed\r\nuser1@contoso.com,True\r\nuser2@contoso.com,True\r\n");
        assertThat(user(1).postMigration().licenceAssignedOn()).isNotNull();

        load("UserPrincipalName,Licensed\r\nuser1@contoso.com,False\r\n");
        var datesOnly = load("UserPrincipalName,CreatedDateTime\r\nuser2@contoso.com,2026-11-02T08:00:00Z\r\n");

        assertThat(user(1).postMigration().licenceAssignedOn()).as("the cloud is the authority").isNull();
        assertThat(datesOnly.licences()).isFalse();
        assertThat(user(2).postMigration().licenceAssignedOn()).as("no licence column: left as recorded")
                .isEqualTo(LocalDate.now(clock));
        assertThat(user(2).postMigration().cloudCreatedOn()).isEqualTo(LocalDate.of(2026, 11, 2));
    }

    @Test
    void the_changes_are_in_the_history_under_one_operation_by_the_signed_in_admin() {
        var summary = load(HEADER
                + "\"user1@contoso.com\",\"user1@contoso.com\",\"11/2/2026 9:05:00 AM\",\"1\"\r\n"
                + "\"user2@contoso.com\",\"user2@contoso.com\",\"11/3/2026 9:05:00 AM\",\"0\"\r\n");

        var entries = jdbc.query("""
                select m.primary_address, h.field, h.old_value, h.new_value, h.actor from mailbox_history h
                join mailbox m on m.id = h.mailbox_id where h.operation_id = ? order by m.primary_address, h.field""",
                (rs, n) -> tuple(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)),
                summary.operationId());
        assertThat(entries).containsExactly(
                tuple("user1@contoso.com", "cloud_created_on", null, "2026-11-02", "ada"),
                tuple("user1@contoso.com", "licence_assigned_on", null, LocalDate.now(clock).toString(), "ada"),
                tuple("user2@contoso.com", "cloud_created_on", null, "2026-11-03", "ada"));
    }

    @Test
    void importing_the_same_file_again_writes_nothing() {
        String csv = HEADER + "\"user1@contoso.com\",\"user1@contoso.com\",\"11/2/2026 9:05:00 AM\",\"1\"\r\n";
        load(csv);
        int history = historyCount();

        var again = load(csv);

        assertThat(again.changed()).isZero();
        assertThat(again.unchanged()).isEqualTo(1);
        assertThat(again.describe().getFirst().english())
                .isEqualTo("cloud-users.csv (Get-MgUser (Microsoft Graph)): 1 row; nothing new, everything was already recorded");
        assertThat(historyCount()).isEqualTo(history);
    }

    @Test
    void a_file_of_2500_users_is_recorded_in_one_import() {
        MailboxTestData.clear(jdbc);
        inventory.importInventory("inventory.csv", MailboxTestData.inventory(2_500, "Finance"));
        var csv = new StringBuilder(HEADER);
        for (int i = 0; i < 2_500; i++) {
            csv.append("\"user").append(i).append("@contoso.com\",\"\",\"11/2/2026 9:05:00 AM\",\"").append(i % 2).append("\"\r\n");
        }

        var summary = load(csv.toString());

        assertThat(summary.changed()).isEqualTo(2_500);
        assertThat(jdbc.queryForObject("select count(*) from mailbox where cloud_created_on = date '2026-11-02'", Integer.class))
                .isEqualTo(2_500);
        assertThat(jdbc.queryForObject("select count(*) from mailbox where licence_assigned_on is not null", Integer.class))
                .isEqualTo(1_250);
    }

    @Test
    @WithMockUser(username = "harry", roles = "HELPDESK")
    void helpdesk_may_not_import_cloud_users() {
        assertThatThrownBy(() -> load("UserPrincipalName,Licensed\r\nuser1@contoso.com,True\r\n"))
                .isInstanceOf(AuthorizationDeniedException.class);
    }
}
