package org.migrationtracker.batch;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.migrationtracker.IntegrationTest;
import org.migrationtracker.csv.CsvRefusedException;
import org.migrationtracker.mailbox.BulkAction;
import org.migrationtracker.mailbox.BulkTarget;
import org.migrationtracker.mailbox.InventoryImportService;
import org.migrationtracker.mailbox.MailboxEdits;
import org.migrationtracker.mailbox.MailboxFilter;
import org.migrationtracker.mailbox.MailboxSearch;
import org.migrationtracker.mailbox.MailboxState;
import org.migrationtracker.mailbox.MailboxTestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
@WithMockUser(username = "ada", roles = "ADMIN")
class StatusImportTest {

    @Autowired StatusImportService status;
    @Autowired BatchService batches;
    @Autowired InventoryImportService imports;
    @Autowired MailboxEdits mailboxes;
    @Autowired MailboxSearch search;
    @Autowired JdbcTemplate jdbc;

    @BeforeEach
    void runningBatch() {
        BatchServiceTest.clearBatches(jdbc);
        imports.importInventory("inventory.csv", MailboxTestData.inventory(20, "Finance"));
        mailboxes.bulk(new BulkAction.SetFullAccess(true), BulkTarget.matching(MailboxFilter.all()));
        mailboxes.bulk(new BulkAction.SetWriteProperty(true), BulkTarget.matching(MailboxFilter.all()));
        batches.create(new BatchDraft("Finance1", StartMode.AUTOMATIC, null, "", ""), BulkTarget.addresses(List.of(
                "user1@contoso.com", "user2@contoso.com", "user3@contoso.com", "user4@contoso.com")), false);
    }

    private StatusImportSummary load(String csv) {
        return status.importStatus("status.csv", csv.getBytes(StandardCharsets.UTF_8));
    }

    private static final String USERS = """
            #TYPE Deserialized.Microsoft.Exchange.Data.Storage.Management.MigrationUser
            "Identity","MailboxEmailAddress","BatchId","RecipientType","Status","StatusSummary","State","SyncedItemCount","SkippedItemCount","LastSuccessfulSyncTime","ErrorSummary","HasUnapprovedSkippedItems"
            "user1@contoso.com","user1@contoso.com","Finance1","Mailbox","Synced","Synced","Active","1520","0","11/20/2026 2:15:30 PM","","False"
            "user2@contoso.com","user2@contoso.com","Finance1","Mailbox","Failed","Failed","Failed","20","0","","Error: MigrationPermanentException: Couldn't connect to the source mailbox.","False"
            "user3@contoso.com","user3@contoso.com","Finance1","Mailbox","Completed","Completed","Completed","3300","2","11/21/2026 9:00:00 AM","","False"
            "user4@contoso.com","user4@contoso.com","Finance1","Mailbox","PendingQuantumSync","Active","Active","10","0","","","False"
            "ghost@contoso.com","ghost@contoso.com","Finance1","Mailbox","Syncing","Active","Active","0","0","","","False"
            """;

    @Test
    void a_get_migration_user_export_moves_mailboxes_and_keeps_the_raw_status_and_error() {
        var summary = load(USERS);

        assertThat(summary.export()).isEqualTo("Get-MigrationUser / Get-MigrationUserStatistics");
        assertThat(summary.mailboxesChanged()).isEqualTo(4);
        assertThat(summary.unknownIdentities()).containsExactly("ghost@contoso.com");
        assertThat(summary.unknownStatuses()).containsEntry("PendingQuantumSync", 1);
        var one = search.findByAddress("user1@contoso.com").orElseThrow();
        assertThat(one.state()).isEqualTo(MailboxState.SYNCED);
        assertThat(one.progress().itemsSynced()).isEqualTo(1520);
        assertThat(one.progress().lastSuccessfulSync()).isNotNull();
        var two = search.findByAddress("user2@contoso.com").orElseThrow();
        assertThat(two.state()).isEqualTo(MailboxState.FAILED);
        assertThat(two.lifecycle().note())
                .isEqualTo("Error: MigrationPermanentException: Couldn't connect to the source mailbox.");
        assertThat(search.findByAddress("user3@contoso.com").orElseThrow().state()).isEqualTo(MailboxState.COMPLETED);
        var four = search.findByAddress("user4@contoso.com").orElseThrow();
        assertThat(four.state()).as("unknown status: state kept").isEqualTo(MailboxState.SYNCING);
        assertThat(four.progress().status()).isEqualTo("PendingQuantumSync");
    }

    @Test
    void a_failure_reported_without_error_text_says_so_in_the_readers_language() {
        load(USERS.replace("\"Failed\",\"Failed\",\"Failed\",\"20\",\"0\",\"\",\"Error: MigrationPermanentException: Couldn't connect to the source mailbox.\"",
                "\"Failed\",\"Failed\",\"Failed\",\"20\",\"0\",\"\",\"\""));

        var two = search.findByAddress("user2@contoso.com").orElseThrow();
        assertThat(two.state()).isEqualTo(MailboxState.FAILED);
        assertThat(two.lifecycle().note()).as("nothing invented is stored").isEmpty();
        assertThat(two.lifecycle().noteMessage().english()).isEqualTo("Failed (no error text in the export)");
        assertThat(two.lifecycle().noteMessage().in(Locale.FRENCH))
                .isNotEqualTo(two.lifecycle().noteMessage().english());
    }

    @Test
    void importing_the_same_export_again_changes_nothing() {
        load(USERS);
        int history = jdbc.queryForObject("select count(*) from mailbox_history", Integer.class);

        var again = load(USERS);

        assertThat(again.changedNothing()).isTrue();
        assertThat(again.mailboxesUnchanged()).isEqualTo(4);
        assertThat(jdbc.queryForObject("select count(*) from mailbox_history", Integer.class)).isEqualTo(history);
    }

    @Test
    void statistics_add_percent_complete_and_the_data_consistency_score() {
        var summary = load("""
                "Identity","Status","StatusSummary","SyncedItemCount","SkippedItemCount","TotalItemsInSourceMailboxCount","EstimatedTotalTransferSize","BytesTransferred","PercentageComplete","Error","DataConsistencyScore"
                "user1@contoso.com","Syncing","Active","800","1","1600","1.2 GB","600 MB","50","","Investigate"
                """);

        assertThat(summary.mailboxesChanged()).isEqualTo(1);
        var one = search.findByAddress("user1@contoso.com").orElseThrow();
        assertThat(one.progress().percentComplete()).isEqualTo(50);
        assertThat(one.progress().dataConsistency()).isEqualTo("Investigate");
        assertThat(one.progress().itemsSkipped()).isEqualTo(1);
    }

    @Test
    void a_hybrid_move_request_export_is_read_by_identity_or_alias() {
        var summary = load("""
                "Identity","DisplayName","Status","StatusDetail","BatchName","PercentComplete","TotalMailboxSize","TotalMailboxItemCount","ItemsTransferred","BadItemsEncountered","LargeItemsEncountered","DataConsistencyScore","OverallDuration"
                "contoso.com/Users/User 1","User 1","AutoSuspended","AutoSuspended","MigrationService:Finance1","95","1 GB","1520","1500","0","0","Perfect","02:10:00"
                "user2","User 2","InProgress","StalledDueToTarget_DiskLatency","MigrationService:Finance1","40","1 GB","1000","400","3","0","Good","01:00:00"
                """);

        assertThat(summary.export()).isEqualTo("Get-MoveRequestStatistics");
        var one = search.findByAddress("user1@contoso.com").orElseThrow();
        assertThat(one.state()).isEqualTo(MailboxState.SYNCED);
        assertThat(one.progress().percentComplete()).isEqualTo(95);
        var two = search.findByAddress("user2@contoso.com").orElseThrow();
        assertThat(two.progress().statusDetail()).isEqualTo("StalledDueToTarget_DiskLatency");
        assertThat(two.progress().itemsSkipped()).isEqualTo(3);
    }

    @Test
    void a_get_migration_batch_export_updates_the_batch_status_and_last_synced_time() {
        var summary = load("""
                "Identity","Status","State","TotalCount","ActiveCount","StoppedCount","SyncedCount","FinalizedCount","FailedCount","PendingCount","CreationDateTime","StartDateTime","InitialSyncDateTime","LastSyncedDateTime","FinalizedDateTime","MigrationType","SubmittedByUser","NotificationEmails","BadItemLimit","LargeItemLimit"
                "Finance1","SyncedWithErrors","Active","4","0","0","3","0","1","0","2026-11-18T10:00:00","2026-11-18T10:01:00","2026-11-19T03:00:00","2026-11-21T06:30:00Z","","ExchangeOutlookAnywhere","admin@contoso.onmicrosoft.com","","0","0"
                "Marketing9","Syncing","Active","1","1","0","0","0","0","0","","","","","","ExchangeOutlookAnywhere","","","0","0"
                """);

        assertThat(summary.batchesChanged()).isEqualTo(1);
        assertThat(summary.unknownIdentities()).containsExactly("Marketing9");
        var batch = batches.find("Finance1").orElseThrow().batch();
        assertThat(batch.getStatus()).isEqualTo(BatchStatus.SYNCED_WITH_ERRORS);
        assertThat(batch.getRawStatus()).isEqualTo("SyncedWithErrors");
        assertThat(batch.getLastSyncedAt()).isEqualTo(Instant.parse("2026-11-21T06:30:00Z"));
    }

    @Test
    void a_malformed_value_refuses_the_whole_file_with_line_and_column_and_changes_nothing() {
        assertThatThrownBy(() -> load("""
                "Identity","MailboxEmailAddress","Status","SyncedItemCount","LastSuccessfulSyncTime"
                "user1@contoso.com","user1@contoso.com","Synced","many","11/20/2026 2:15:30 PM"
                "user2@contoso.com","user2@contoso.com","Synced","10","yesterday"
                """)).isInstanceOfSatisfying(CsvRefusedException.class, refused -> assertThat(refused.problems())
                .extracting(Object::toString).containsExactly(
                        "line 2, column SyncedItemCount: 'many' is not a whole number",
                        "line 3, column LastSuccessfulSyncTime: 'yesterday' is not a date and time"));
        assertThat(search.findByAddress("user1@contoso.com").orElseThrow().state()).isEqualTo(MailboxState.SYNCING);
    }

    @Test
    void a_file_that_is_no_status_export_is_refused() {
        assertThatThrownBy(() -> load("Name,Mail\r\nA,a@contoso.com\r\n"))
                .isInstanceOfSatisfying(CsvRefusedException.class, refused -> assertThat(refused.problems().getFirst().message().english())
                        .startsWith("not a Get-MigrationBatch, Get-MigrationUser, Get-MigrationUserStatistics or Get-MoveRequestStatistics export"));
    }
}
