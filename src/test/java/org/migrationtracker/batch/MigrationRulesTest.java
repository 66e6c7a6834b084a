package org.migrationtracker.batch;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.migrationtracker.IntegrationTest;
import org.migrationtracker.csv.CsvProblem;
import org.migrationtracker.csv.CsvRefusedException;
import org.migrationtracker.i18n.Message;
import org.migrationtracker.mailbox.BulkAction;
import org.migrationtracker.mailbox.BulkTarget;
import org.migrationtracker.mailbox.InventoryImportService;
import org.migrationtracker.mailbox.MailboxEdits;
import org.migrationtracker.mailbox.MailboxFilter;
import org.migrationtracker.mailbox.MailboxSearch;
import org.migrationtracker.mailbox.MailboxState;
import org.migrationtracker.mailbox.MailboxTestData;
import org.migrationtracker.mailbox.RecipientImportService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules the Exchange admin center and Microsoft's guidance apply to batches, each enforced where it matters. */
@IntegrationTest
@WithMockUser(username = "ada", roles = "ADMIN")
class MigrationRulesTest {

    @Autowired BatchService batches;
    @Autowired StatusImportService status;
    @Autowired InventoryImportService imports;
    @Autowired MailboxEdits mailboxes;
    @Autowired MailboxSearch search;
    @Autowired JdbcTemplate jdbc;
    @Autowired RecipientImportService recipients;

    @BeforeEach
    void readyMailboxes() {
        BatchServiceTest.clearBatches(jdbc);
        imports.importInventory("inventory.csv", MailboxTestData.inventory(12, "Finance"));
        mailboxes.bulk(new BulkAction.SetFullAccess(true), BulkTarget.matching(MailboxFilter.all()));
        mailboxes.bulk(new BulkAction.SetWriteProperty(true), BulkTarget.matching(MailboxFilter.all()));
        mailboxes.bulk(new BulkAction.SetUmEnabled(false), BulkTarget.matching(MailboxFilter.all()));
    }

    private static BatchDraft draft(String name, StartMode mode) {
        return new BatchDraft(name, mode, null, "", "");
    }

    private static BulkTarget users(int... numbers) {
        return BulkTarget.addresses(Arrays.stream(numbers).mapToObj(n -> "user" + n + "@contoso.com").toList());
    }

    private long version(String name) {
        return batches.find(name).orElseThrow().batch().getVersion();
    }

    private static List<String> reasons(BatchRefused refused) {
        return refused.reasons().stream().map(Message::english).toList();
    }

    private void project(String assignments) {
        jdbc.update("update migration_project set " + assignments);
    }

    @Test
    void a_cutover_batch_is_refused_to_start_while_directory_synchronisation_is_on() {
        project("method = 'CUTOVER', directory_sync = true");
        batches.create(draft("Everyone", StartMode.MANUAL), users(1), false);

        assertThatThrownBy(() -> batches.start("Everyone", version("Everyone"))).isInstanceOfSatisfying(BatchRefused.class, refused ->
                assertThat(reasons(refused)).containsExactly("directory synchronisation is on: a cutover migration fails with it"
                        + " (turn it off first, then record that in the project settings)"));
        assertThat(batches.find("Everyone").orElseThrow().batch().getStatus()).isEqualTo(BatchStatus.CREATED);

        project("directory_sync = false");
        batches.start("Everyone", version("Everyone"));
        assertThat(batches.find("Everyone").orElseThrow().batch().getStatus()).isEqualTo(BatchStatus.SYNCING);
    }

    @Test
    void a_cutover_batch_that_starts_automatically_is_not_created_while_directory_synchronisation_is_on() {
        project("method = 'CUTOVER', directory_sync = true");

        assertThatThrownBy(() -> batches.create(draft("Everyone", StartMode.AUTOMATIC), users(1), false))
                .isInstanceOfSatisfying(BatchRefused.class, refused -> {
                    assertThat(refused.what().english()).isEqualTo("The batch was not created");
                    assertThat(refused.reasons()).containsExactly(Message.of("batch.rule.cutover-dirsync"));
                });
        assertThat(batches.board()).isEmpty();
    }

    @Test
    void a_cutover_batch_is_refused_to_start_with_single_sign_on() {
        project("method = 'CUTOVER', directory_sync = false, single_sign_on = true");
        batches.create(draft("Everyone", StartMode.MANUAL), users(1), false);

        assertThatThrownBy(() -> batches.start("Everyone", version("Everyone"))).isInstanceOfSatisfying(BatchRefused.class, refused ->
                assertThat(reasons(refused)).containsExactly("single sign-on is set up: it cannot be deployed before a cutover migration"
                        + " (set it up after the migration)"));
    }

    @Test
    void a_staged_or_hybrid_batch_is_refused_to_start_while_directory_synchronisation_is_off() {
        project("directory_sync = false");
        batches.create(draft("Finance1", StartMode.MANUAL), users(1), false);

        assertThatThrownBy(() -> batches.start("Finance1", version("Finance1"))).isInstanceOfSatisfying(BatchRefused.class, refused ->
                assertThat(reasons(refused)).containsExactly("a staged migration needs directory synchronisation: set it up first,"
                        + " then record that in the project settings"));

        project("method = 'HYBRID'");
        assertThatThrownBy(() -> batches.create(draft("Hybrid1", StartMode.AUTOMATIC), users(2), false))
                .isInstanceOfSatisfying(BatchRefused.class, refused -> assertThat(refused.reasons())
                        .containsExactly(Message.of("batch.rule.hybrid-needs-dirsync")));
    }

    @Test
    void a_staged_batch_is_removed_only_after_its_mailboxes_are_converted_to_mail_users() {
        batches.create(draft("Finance1", StartMode.AUTOMATIC), users(1, 2), false);
        project("mx_points_to_cloud = true, mx_changed_at = '" + Instant.now().minus(Duration.ofHours(80)) + "'");
        batches.markSynced("Finance1", version("Finance1"));
        batches.complete("Finance1", version("Finance1"));

        assertThat(batches.removalBlockers("Finance1")).containsExactly(Message.of("removal.not-converted", 2));
        assertThatThrownBy(() -> batches.remove("Finance1", version("Finance1"))).isInstanceOf(BatchRefused.class);

        for (String address : List.of("user1@contoso.com", "user2@contoso.com")) {
            var m = search.findByAddress(address).orElseThrow();
            mailboxes.transition(m.id(), m.version(), MailboxState.CONVERTED_TO_MAIL_USER, "");
        }

        assertThat(batches.removalBlockers("Finance1")).isEmpty();
        batches.remove("Finance1", version("Finance1"));
        assertThat(batches.find("Finance1").orElseThrow().batch().getStatus()).isEqualTo(BatchStatus.REMOVED);
    }

    @Test
    void a_hybrid_batch_needs_no_mail_user_conversion_before_removal() {
        project("method = 'HYBRID'");
        batches.create(draft("Hybrid1", StartMode.AUTOMATIC), users(1), false);
        project("mx_points_to_cloud = true, mx_changed_at = '" + Instant.now().minus(Duration.ofHours(80)) + "'");
        batches.markSynced("Hybrid1", version("Hybrid1"));
        batches.complete("Hybrid1", version("Hybrid1"));

        assertThat(batches.removalBlockers("Hybrid1")).isEmpty();
    }

    @Test
    void a_batch_still_created_whose_users_microsoft_reports_completed_is_held_by_the_removal_guard() {
        batches.create(draft("Finance1", StartMode.MANUAL), users(1), false);
        status.importStatus("users.csv", """
                "Identity","MailboxEmailAddress","BatchId","Status","StatusSummary"
                "user1@contoso.com","user1@contoso.com","Finance1","Completed","Completed"
                """.getBytes(StandardCharsets.UTF_8));
        assertThat(batches.find("Finance1").orElseThrow().batch().getStatus()).isEqualTo(BatchStatus.CREATED);
        assertThat(search.findByAddress("user1@contoso.com").orElseThrow().state()).isEqualTo(MailboxState.COMPLETED);

        assertThatThrownBy(() -> batches.remove("Finance1", version("Finance1"))).isInstanceOfSatisfying(BatchRefused.class, refused ->
                assertThat(reasons(refused)).contains("the MX record does not point to Microsoft 365 yet"));
        assertThat(batches.find("Finance1").orElseThrow().batch().getStatus()).isEqualTo(BatchStatus.CREATED);
    }

    @Test
    void a_batch_csv_naming_a_proxy_address_is_refused_with_the_primary_address_to_use() {
        var csv = """
                EmailAddress,Password,ForceChangePassword
                user1@contoso.com,Pa$$w0rd1,False
                u2@contoso.mail.onmicrosoft.com,Pa$$w0rd2,False
                """;

        assertThatThrownBy(() -> batches.createFromCsv(draft("Uploaded", StartMode.MANUAL), "uploaded.csv", csv.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(CsvRefusedException.class, refused -> assertThat(refused.problems())
                        .singleElement().satisfies(problem -> {
                            assertThat(problem.line()).isEqualTo(3);
                            assertThat(problem.column()).isEqualTo("EmailAddress");
                            assertThat(problem.message().english()).isEqualTo(
                                    "u2@contoso.mail.onmicrosoft.com is a proxy address: use the primary address user2@contoso.com");
                        }));
        assertThat(batches.board()).isEmpty();
        assertThatThrownBy(() -> batches.validateCsv("uploaded.csv", csv.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(CsvRefusedException.class);
    }

    @Test
    void force_change_password_true_is_refused_when_the_project_uses_single_sign_on() {
        var csv = "EmailAddress,Password,ForceChangePassword\nuser1@contoso.com,Pa$$w0rd1,True\nuser2@contoso.com,Pa$$w0rd2,False\n"
                .getBytes(StandardCharsets.UTF_8);
        assertThat(batches.validateCsv("sso.csv", csv).addresses()).hasSize(2);

        project("single_sign_on = true");

        assertThatThrownBy(() -> batches.validateCsv("sso.csv", csv)).isInstanceOfSatisfying(CsvRefusedException.class, refused ->
                assertThat(refused.problems()).extracting(CsvProblem::line, CsvProblem::column, p -> p.message().english())
                        .containsExactly(Tuple.tuple(2, "ForceChangePassword",
                                "ForceChangePassword must be False: the project uses single sign-on")));
    }

    @Test
    void an_imap_batch_exports_microsofts_imap_csv_with_the_password_column_left_empty() {
        project("method = 'IMAP'");
        batches.create(draft("Imap1", StartMode.MANUAL), users(1, 2), false);

        var file = new String(batches.exportCsv("Imap1", true), StandardCharsets.UTF_8);

        assertThat(file).isEqualTo("EmailAddress,UserName,Password\r\nuser1@contoso.com,user1@contoso.com,\r\n"
                + "user2@contoso.com,user2@contoso.com,\r\n");
        assertThat(batches.history("Imap1")).anySatisfy(entry -> assertThat(entry.after().english())
                .isEqualTo("2 rows, IMAP migration file (source passwords left empty)"));
    }

    @Test
    void a_cutover_batch_has_no_file_to_export() {
        project("method = 'CUTOVER', directory_sync = false");
        batches.create(draft("Everyone", StartMode.MANUAL), users(1), false);

        assertThatThrownBy(() -> batches.exportCsv("Everyone", true)).isInstanceOfSatisfying(BatchRefused.class, refused ->
                assertThat(reasons(refused)).containsExactly("a cutover migration takes no batch CSV of addresses: it moves every mailbox"));
    }

    private static final String FINANCE1_EXPORT = """
            "Identity","MailboxEmailAddress","BatchId","Status","StatusSummary","ErrorSummary"
            "user1@contoso.com","user1@contoso.com","Finance1","Syncing","Active",""
            "user2@contoso.com","user2@contoso.com","Finance1","Failed","Failed","Couldn't connect to the source mailbox."
            "user3@contoso.com","user3@contoso.com","Finance1","Completed","Completed",""
            """;

    @Test
    void a_status_export_speaks_only_for_the_batch_it_names() {
        batches.create(draft("Finance1", StartMode.MANUAL), users(1), false);
        batches.create(draft("Hr1", StartMode.MANUAL), users(2), false);

        var summary = status.importStatus("users.csv", FINANCE1_EXPORT.getBytes(StandardCharsets.UTF_8));

        assertThat(search.findByAddress("user1@contoso.com").orElseThrow().state()).isEqualTo(MailboxState.SYNCING);
        var user2 = search.findByAddress("user2@contoso.com").orElseThrow();
        assertThat(user2.state()).as("in a never-started batch of its own").isEqualTo(MailboxState.IN_BATCH);
        assertThat(user2.progress().status()).isEmpty();
        assertThat(search.findByAddress("user3@contoso.com").orElseThrow().state()).as("in no batch")
                .isEqualTo(MailboxState.READY);
        assertThat(summary.mailboxesChanged()).isEqualTo(1);
        assertThat(summary.notApplied()).extracting(StatusImportSummary.NotApplied::line, StatusImportSummary.NotApplied::identity,
                n -> n.reason().english()).containsExactly(
                Tuple.tuple(3, "user2@contoso.com", "the export names batch Finance1; in the tracker the mailbox is in batch Hr1"),
                Tuple.tuple(4, "user3@contoso.com", "the export names batch Finance1; in the tracker the mailbox is in no batch"));
        assertThat(summary.describe()).extracting(Message::english).contains(
                "2 rows not applied: they do not speak for the mailbox's batch in the tracker",
                "Line 3, user2@contoso.com: the export names batch Finance1; in the tracker the mailbox is in batch Hr1");
    }

    @Test
    void an_admin_may_apply_rows_for_mailboxes_in_no_batch_to_the_batch_the_export_names() {
        batches.create(draft("Finance1", StartMode.MANUAL), users(1), false);
        batches.create(draft("Hr1", StartMode.MANUAL), users(2), false);

        var summary = status.importStatus("users.csv", FINANCE1_EXPORT.getBytes(StandardCharsets.UTF_8), true);

        var user3 = search.findByAddress("user3@contoso.com").orElseThrow();
        assertThat(user3.batch().batchName()).isEqualTo("Finance1");
        assertThat(user3.state()).isEqualTo(MailboxState.COMPLETED);
        assertThat(search.history(user3.id())).anySatisfy(entry -> {
            assertThat(entry.field()).isEqualTo("batch");
            assertThat(entry.newValue()).isEqualTo("Finance1");
        });
        assertThat(batches.history("Finance1")).anySatisfy(entry -> {
            assertThat(entry.field()).isEqualTo("mailboxes added");
            assertThat(entry.newValue()).isEqualTo("1");
        });
        var user2 = search.findByAddress("user2@contoso.com").orElseThrow();
        assertThat(user2.batch().batchName()).as("an export never moves a mailbox out of another batch").isEqualTo("Hr1");
        assertThat(user2.state()).isEqualTo(MailboxState.IN_BATCH);
        assertThat(summary.notApplied()).singleElement().satisfies(row -> {
            assertThat(row.identity()).isEqualTo("user2@contoso.com");
            assertThat(row.joinable()).isFalse();
        });
    }

    @Test
    void rows_naming_a_finished_batch_are_not_applied_to_it() {
        batches.create(draft("Finance1", StartMode.AUTOMATIC), users(1), false);
        batches.markSynced("Finance1", version("Finance1"));
        batches.complete("Finance1", version("Finance1"));

        var summary = status.importStatus("users.csv", FINANCE1_EXPORT.getBytes(StandardCharsets.UTF_8), true);

        assertThat(search.findByAddress("user3@contoso.com").orElseThrow().batch().batchId()).isNull();
        assertThat(summary.notApplied()).extracting(StatusImportSummary.NotApplied::identity)
                .containsExactly("user2@contoso.com", "user3@contoso.com");
    }

    @Test
    void a_batch_still_created_whose_users_microsoft_reports_syncing_has_run() {
        batches.create(draft("Finance1", StartMode.MANUAL), users(1), false);
        status.importStatus("users.csv", """
                "Identity","MailboxEmailAddress","BatchId","Status"
                "user1@contoso.com","user1@contoso.com","Finance1","Syncing"
                """.getBytes(StandardCharsets.UTF_8));

        assertThat(batches.find("Finance1").orElseThrow().hasRun()).isTrue();
        assertThat(batches.removalBlockers("Finance1")).extracting(Message::english).contains("the MX record does not point to Microsoft 365 yet");
        assertThatThrownBy(() -> batches.describe("Finance1", version("Finance1"), draft("Finance9", StartMode.MANUAL)))
                .as("renaming it would make Microsoft's exports name a batch the tracker no longer has")
                .isInstanceOf(BatchRefused.class);
        assertThat(batches.find("Finance1")).isPresent();
    }

    @Test
    void rows_naming_a_batch_the_tracker_does_not_have_are_never_applied() {
        var summary = status.importStatus("users.csv", FINANCE1_EXPORT.getBytes(StandardCharsets.UTF_8), true);

        assertThat(summary.mailboxesChanged()).isZero();
        assertThat(summary.notApplied()).hasSize(3).noneMatch(StatusImportSummary.NotApplied::joinable);
        assertThat(search.findByAddress("user3@contoso.com").orElseThrow().state()).isEqualTo(MailboxState.READY);
    }

    @Test
    void a_move_request_export_names_its_batch_as_the_migration_service_does() {
        project("method = 'HYBRID'");
        batches.create(draft("Finance1", StartMode.MANUAL), users(1), false);

        var summary = status.importStatus("moves.csv", """
                "DisplayName","Identity","Status","StatusDetail","BatchName","PercentComplete"
                "User 1","user1@contoso.com","InProgress","CopyingMessages","MigrationService:Finance1","40"
                "User 2","user2@contoso.com","InProgress","CopyingMessages","MigrationService:Finance1","10"
                """.getBytes(StandardCharsets.UTF_8));

        assertThat(search.findByAddress("user1@contoso.com").orElseThrow().state()).isEqualTo(MailboxState.SYNCING);
        assertThat(summary.notApplied()).singleElement().satisfies(row -> {
            assertThat(row.identity()).isEqualTo("user2@contoso.com");
            assertThat(row.joinable()).isTrue();
        });
    }

    @Test
    void the_recipients_export_after_the_conversion_script_lets_a_staged_batch_be_removed() {
        batches.create(draft("Finance1", StartMode.AUTOMATIC), users(1, 2), false);
        project("mx_points_to_cloud = true, mx_changed_at = '" + Instant.now().minus(Duration.ofHours(80)) + "'");
        batches.markSynced("Finance1", version("Finance1"));
        batches.complete("Finance1", version("Finance1"));
        assertThat(batches.removalBlockers("Finance1")).containsExactly(Message.of("removal.not-converted", 2));

        recipients.importRecipients("recipients.csv", """
                "PrimarySmtpAddress","RecipientTypeDetails","EmailAddresses"
                "user1@contoso.com","MailUser","SMTP:user1@contoso.com smtp:u1@contoso.mail.onmicrosoft.com"
                "user2@contoso.com","MailUser","SMTP:user2@contoso.com smtp:u2@contoso.mail.onmicrosoft.com"
                """.getBytes(StandardCharsets.UTF_8));

        assertThat(search.findByAddress("user1@contoso.com").orElseThrow().state())
                .isEqualTo(MailboxState.CONVERTED_TO_MAIL_USER);
        assertThat(batches.removalBlockers("Finance1")).isEmpty();
    }

    private static BatchDraft using(String name, String endpoint) {
        return new BatchDraft(name, StartMode.MANUAL, null, endpoint, "");
    }

    @Test
    void a_batch_names_an_endpoint_from_the_projects_list_of_the_kind_its_method_uses() {
        jdbc.update("insert into migration_endpoint (name, kind, updated_at, updated_by) values ('ImapGmail', 'IMAP', now(), 'test')"
                + " on conflict do nothing");

        assertThatThrownBy(() -> batches.create(using("Finance1", "Nowhere"), users(1), false)).isInstanceOfSatisfying(
                BatchRefused.class, refused -> assertThat(reasons(refused)).containsExactly(
                        "there is no migration endpoint named Nowhere: add it in the project settings first"));
        assertThatThrownBy(() -> batches.create(using("Finance1", "ImapGmail"), users(1), false)).isInstanceOfSatisfying(
                BatchRefused.class, refused -> assertThat(reasons(refused)).containsExactly(
                        "endpoint ImapGmail is of the kind IMAP; a Staged batch needs another kind"));
        batches.create(using("Finance1", "outlookanywhere"), users(1), false);
        assertThat(batches.board()).hasSize(1);
    }

    @Test
    void staged_batches_all_use_one_endpoint() {
        jdbc.update("insert into migration_endpoint (name, kind, updated_at, updated_by) values ('SecondOA', 'OUTLOOK_ANYWHERE', now(), 'test')"
                + " on conflict do nothing");
        batches.create(using("Finance1", "OutlookAnywhere"), users(1), false);

        assertThatThrownBy(() -> batches.create(using("Finance2", "SecondOA"), users(2), false)).isInstanceOfSatisfying(
                BatchRefused.class, refused -> assertThat(reasons(refused)).containsExactly(
                        "staged batches all use one endpoint, and the others use OutlookAnywhere"));
        batches.describe("Finance1", version("Finance1"), using("Finance1", "SecondOA"));
        assertThat(batches.find("Finance1").orElseThrow().batch().getEndpointName()).as("the only batch may change its endpoint")
                .isEqualTo("SecondOA");
    }
}
