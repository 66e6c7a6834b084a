package org.migrationtracker.benchmark;

import org.migrationtracker.batch.BatchDraft;
import org.migrationtracker.batch.BatchService;
import org.migrationtracker.batch.StartMode;
import org.migrationtracker.batch.StatusImportService;
import org.migrationtracker.mailbox.BulkAction;
import org.migrationtracker.mailbox.BulkTarget;
import org.migrationtracker.mailbox.InventoryImportService;
import org.migrationtracker.mailbox.MailboxEdits;
import org.migrationtracker.mailbox.MailboxFilter;
import org.migrationtracker.mailbox.MailboxTestData;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Builds the benchmark's organisation through the application's own services (as admins would): the inventory,
 * the migration admin's permissions, 50 batches (40 of 2,000 and 10 of 1,000), the first 20 started at creation, Microsoft's
 * status exports for ten (six completed, one with failures), and notes. Every step leaves history behind.
 */
public final class OrganisationSetup {

    static final int BATCHES = 50;

    private final JdbcTemplate jdbc;
    private final InventoryImportService imports;
    private final MailboxEdits mailboxes;
    private final BatchService batches;
    private final StatusImportService status;

    public OrganisationSetup(JdbcTemplate jdbc, InventoryImportService imports, MailboxEdits mailboxes, BatchService batches,
                      StatusImportService status) {
        this.jdbc = jdbc;
        this.imports = imports;
        this.mailboxes = mailboxes;
        this.batches = batches;
        this.status = status;
    }

    /** The size of the 40 full batches: 2,000, or what 90 % of a smaller organisation allows. */
    static int fullBatch(int size) {
        return Math.min(2_000, size * 9 / 10 / 45);
    }

    static String batchName(int n) {
        return String.format(Locale.ROOT, "Wave%02d", n);
    }

    public void organisation(int size) {
        MailboxTestData.clearWithBatches(jdbc);
        jdbc.update("insert into migration_endpoint (name, kind, updated_at, updated_by) values ('OutlookAnywhere',"
                + " 'OUTLOOK_ANYWHERE', now(), 'benchmark') on conflict do nothing");
        jdbc.update("update migration_project set method = 'STAGED', directory_sync = true, single_sign_on = false,"
                + " mx_points_to_cloud = false, mx_changed_at = null");
        imports.importInventory("inventory.csv", Organisation.inventory(size));
        MailboxTestData.awaitIndexes(jdbc);
        mailboxes.bulk(new BulkAction.SetFullAccess(true), BulkTarget.matching(MailboxFilter.all()));
        mailboxes.bulk(new BulkAction.SetWriteProperty(true), BulkTarget.matching(MailboxFilter.all()));
        List<Long> ready = jdbc.queryForList("select id from mailbox where state = 'READY' order by id", Long.class);
        int from = 0;
        var today = LocalDate.of(2026, 12, 1);
        for (int n = 1; n <= BATCHES; n++) {
            int batchSize = n <= 40 ? fullBatch(size) : fullBatch(size) / 2;
            var chunk = ready.subList(from, from + batchSize);
            from += batchSize;
            var created = batches.create(new BatchDraft(batchName(n), n <= 20 ? StartMode.AUTOMATIC : StartMode.MANUAL, today.plusDays(n / 2), "", ""),
                    BulkTarget.ids(chunk), false);
            assertThat(created.mailboxes()).isEqualTo(batchSize);
        }
        for (int n = 3; n <= 12; n++) {
            var addresses = addressesOf(batchName(n));
            status.importStatus("synced.csv", Organisation.migrationUsers(batchName(n), addresses, "Synced", 4_000));
            if (n <= 8) {
                status.importStatus("completed.csv", Organisation.migrationUsers(batchName(n), addresses, "Completed", 4_500));
            } else if (n == 9) {
                status.importStatus("failed.csv", Organisation.migrationUsers(batchName(n), addresses.subList(0, addresses.size() / 16), "Failed", 10));
            }
        }
        List<Long> noted = jdbc.queryForList("select id from mailbox order by id limit 1000", Long.class);
        for (int i = 0; i < noted.size(); i++) {
            mailboxes.addNote(noted.get(i), "Called the user (" + i + "): Outlook profile to be reset after the move.");
        }
        jdbc.execute("vacuum analyze");
    }

    private List<String> addressesOf(String batch) {
        return jdbc.queryForList("select primary_address from mailbox where batch_id = (select id from migration_batch"
                + " where name = ?) order by primary_address", String.class, batch);
    }
}
