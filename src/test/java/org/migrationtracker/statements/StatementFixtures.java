package org.migrationtracker.statements;

import org.migrationtracker.batch.BatchDraft;
import org.migrationtracker.batch.BatchService;
import org.migrationtracker.batch.StartMode;
import org.migrationtracker.mailbox.BulkAction;
import org.migrationtracker.mailbox.BulkTarget;
import org.migrationtracker.mailbox.InventoryImportService;
import org.migrationtracker.mailbox.Mailbox;
import org.migrationtracker.mailbox.MailboxEdits;
import org.migrationtracker.mailbox.MailboxFilter;
import org.migrationtracker.mailbox.MailboxSearch;
import org.migrationtracker.mailbox.MailboxSort;
import org.migrationtracker.mailbox.MailboxTestData;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The organisation the statement counts are measured on, at a given size: that many Finance mailboxes, all ready,
 * each with history (the import and three bulk changes), all in one running batch "Finance1" (2,000 at most: a
 * staged batch's limit); and the files the actions read. Call it as an admin.
 */
final class StatementFixtures {

    static final String BATCH = "Finance1";

    private final JdbcTemplate jdbc;
    private final InventoryImportService imports;
    private final MailboxEdits edits;
    private final MailboxSearch search;
    private final BatchService batches;

    StatementFixtures(JdbcTemplate jdbc, InventoryImportService imports, MailboxEdits edits, MailboxSearch search,
                      BatchService batches) {
        this.jdbc = jdbc;
        this.imports = imports;
        this.edits = edits;
        this.search = search;
        this.batches = batches;
    }

    /** A fresh organisation of {@code size} mailboxes, every one in the running batch. */
    void organisation(int size) {
        MailboxTestData.clearWithBatches(jdbc);
        jdbc.update("insert into migration_endpoint (name, kind, updated_at, updated_by)"
                + " values ('OutlookAnywhere', 'OUTLOOK_ANYWHERE', now(), 'test') on conflict do nothing");
        jdbc.update("update migration_project set method = 'STAGED', directory_sync = true, single_sign_on = false,"
                + " mx_points_to_cloud = false, mx_changed_at = null");
        imports.importInventory("inventory.csv", MailboxTestData.inventory(size, "Finance"));
        var everyone = BulkTarget.matching(MailboxFilter.all());
        edits.bulk(new BulkAction.SetFullAccess(true), everyone);
        edits.bulk(new BulkAction.SetWriteProperty(true), everyone);
        edits.bulk(new BulkAction.SetUmEnabled(false), everyone);
        var created = batches.create(new BatchDraft(BATCH, StartMode.AUTOMATIC, null, "", ""), everyone, false);
        assertThat(created.joined().getFirst().changed()).as("every mailbox joined the batch").isEqualTo(size);
        assertThat(jdbc.queryForObject("select count(*) from mailbox_history", Integer.class))
                .as("mailboxes with history").isGreaterThan(3 * size);
    }

    /** Every mailbox with the version a grid showed: a screen's selection. */
    Map<Long, Long> selectionOfAll() {
        return search.page(MailboxFilter.all(), MailboxSort.PRIMARY_ADDRESS, true, 0, 10_000).stream()
                .collect(Collectors.toMap(Mailbox::id, Mailbox::version));
    }

    List<Long> idsOfAll() {
        return List.copyOf(selectionOfAll().keySet());
    }

    /** A Get-MigrationUser export (Export-Csv, with its #TYPE line) of {@code size} users of the batch, all synced. */
    static byte[] migrationUsers(int size) {
        var csv = new StringBuilder("""
                #TYPE Deserialized.Microsoft.Exchange.Data.Storage.Management.MigrationUser
                "Identity","MailboxEmailAddress","BatchId","RecipientType","Status","StatusSummary","State","SyncedItemCount","SkippedItemCount","LastSuccessfulSyncTime","ErrorSummary","HasUnapprovedSkippedItems"
                """);
        IntStream.range(0, size).forEach(i -> csv.append(String.format(
                "\"user%1$d@contoso.com\",\"user%1$d@contoso.com\",\"%2$s\",\"Mailbox\",\"Synced\",\"Synced\",\"Active\","
                        + "\"%3$d\",\"0\",\"11/20/2026 2:15:30 PM\",\"\",\"False\"%n", i, BATCH, 1_000 + i)));
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }
}
