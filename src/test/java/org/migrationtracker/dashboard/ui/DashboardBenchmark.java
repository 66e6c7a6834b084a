package org.migrationtracker.dashboard.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.migrationtracker.IntegrationTest;
import org.migrationtracker.batch.BatchDraft;
import org.migrationtracker.batch.BatchService;
import org.migrationtracker.batch.StartMode;
import org.migrationtracker.dashboard.DashboardService;
import org.migrationtracker.lookup.ui.LookupView;
import org.migrationtracker.mailbox.BulkAction;
import org.migrationtracker.mailbox.BulkTarget;
import org.migrationtracker.mailbox.InventoryImportService;
import org.migrationtracker.mailbox.MailboxFilter;
import org.migrationtracker.mailbox.MailboxEdits;
import org.migrationtracker.mailbox.MailboxSearch;
import org.migrationtracker.mailbox.MailboxSort;
import org.migrationtracker.mailbox.MailboxState;
import org.migrationtracker.mailbox.MailboxTestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The lead's dashboard at 100,000 mailboxes, on the server: first render (figures computed, every widget built) and
 * refresh after a change. Run with {@code ./mvnw -Pbenchmark test}; figures to read, not assertions. What the browser
 * draws does not grow with the mailboxes: the page carries aggregates only.
 */
@Tag("benchmark")
@IntegrationTest
@WithMockUser(username = "benchmark", roles = {"ADMIN", "LEAD"})
class DashboardBenchmark extends SpringBrowserlessTest {

    @Autowired InventoryImportService imports;
    @Autowired MailboxEdits mailboxes;
    @Autowired MailboxSearch search;
    @Autowired BatchService batches;
    @Autowired DashboardService dashboard;
    @Autowired JdbcTemplate jdbc;

    @Test
    void dashboard_figures() {
        MailboxTestData.clearWithBatches(jdbc);
        imports.importInventory("100k.csv", MailboxTestData.inventory(100_000, "Finance"));
        mailboxes.bulk(new BulkAction.SetFullAccess(true), BulkTarget.matching(MailboxFilter.all()));
        mailboxes.bulk(new BulkAction.SetWriteProperty(true), BulkTarget.matching(MailboxFilter.all()));
        mailboxes.bulk(new BulkAction.SetUmEnabled(false), BulkTarget.matching(MailboxFilter.all()));
        for (int i = 1; i <= 20; i++) {
            var ready = MailboxFilter.all().withStates(Set.of(MailboxState.READY));
            batches.create(new BatchDraft("Wave" + i, i <= 12 ? StartMode.AUTOMATIC : StartMode.MANUAL,
                    LocalDate.now().plusDays(i * 3L - 36), "", ""), BulkTarget.ids(search.page(ready,
                    MailboxSort.PRIMARY_ADDRESS, true, 0, 2_000).stream().map(m -> m.id()).toList()), false);
        }
        for (int i = 1; i <= 8; i++) {
            batches.markSynced("Wave" + i, batches.find("Wave" + i).orElseThrow().batch().getVersion());
            batches.complete("Wave" + i, batches.find("Wave" + i).orElseThrow().batch().getVersion());
        }

        var firstRender = new ArrayList<Long>();
        var refreshCompute = new ArrayList<Long>();
        var refreshShared = new ArrayList<Long>();
        for (int round = 0; round < 7; round++) {
            touch(2 * round);
            navigate(LookupView.class);
            long start = System.nanoTime();
            var view = navigate(DashboardView.class);
            firstRender.add((System.nanoTime() - start) / 1_000_000);
            assertThat(view.headlineText()).contains("100,000");

            touch(2 * round + 1);
            start = System.nanoTime();
            view.refresh(); // what a live update runs in the first open dashboard: compute, then rebuild the widgets
            refreshCompute.add((System.nanoTime() - start) / 1_000_000);
            start = System.nanoTime();
            view.refresh(); // every other open dashboard: the shared figures, then rebuild
            refreshShared.add((System.nanoTime() - start) / 1_000_000);
        }
        System.out.println("\n=== Dashboard benchmark (100,000 mailboxes, 20 batches, embedded PostgreSQL) ===");
        System.out.printf("first render (figures computed, widgets built on the server): median %d ms, max %d ms%n",
                median(firstRender), firstRender.stream().mapToLong(Long::longValue).max().orElse(0));
        System.out.printf("refresh after a change, first dashboard (computes): median %d ms; other dashboards (shared figures): median %d ms%n%n",
                median(refreshCompute), median(refreshShared));
    }

    private void touch(int round) {
        mailboxes.bulk(new BulkAction.SetUmEnabled(round % 2 == 0), BulkTarget.addresses(List.of("user99999@contoso.com")));
    }

    private static long median(List<Long> values) {
        var sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
