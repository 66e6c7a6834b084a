package org.migrationtracker.statements;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.migrationtracker.IntegrationTest;
import org.migrationtracker.batch.BatchService;
import org.migrationtracker.batch.StatusImportService;
import org.migrationtracker.dashboard.DashboardService;
import org.migrationtracker.mailbox.BulkAction;
import org.migrationtracker.mailbox.BulkTarget;
import org.migrationtracker.mailbox.InventoryImportService;
import org.migrationtracker.mailbox.MailboxEdits;
import org.migrationtracker.mailbox.MailboxFilter;
import org.migrationtracker.mailbox.MailboxSearch;
import org.migrationtracker.mailbox.MailboxSort;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.annotation.DirtiesContext;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * No N+1: the SQL statements one action sends to PostgreSQL (counted by datasource-proxy on the calling thread, a JDBC
 * batch as one) are the same for 100 rows as for 2,000. A query per row makes the larger count grow and the test
 * fail with both statement lists (docs/adr/0042).
 *
 * <p>A Spring context of its own (the counting pool), closed after the class: its PostgreSQL and background threads
 * do not stay on while other tests run.
 */
@IntegrationTest
@Import(StatementCountConfiguration.class)
@DirtiesContext
@WithMockUser(username = "statements", roles = "ADMIN")
class StatementCountTest {

    private static final int SMALL = 100;
    private static final int LARGE = 2_000;
    private static final int GRID_PAGE = 50;

    @Autowired StatementLog log;
    @Autowired MailboxSearch search;
    @Autowired MailboxEdits edits;
    @Autowired StatusImportService status;
    @Autowired DashboardService dashboard;
    @Autowired InventoryImportService imports;
    @Autowired BatchService batches;
    @Autowired JdbcTemplate jdbc;

    private StatementFixtures fixtures;

    /** This context installs its own global security context strategy (Vaadin's); the shared context gets its own back. */
    private static SecurityContextHolderStrategy strategyBefore;

    @BeforeAll
    static void rememberTheGlobalSecurityStrategy() {
        strategyBefore = SecurityContextHolder.getContextHolderStrategy();
    }

    @AfterAll
    static void giveTheGlobalSecurityStrategyBack() {
        SecurityContextHolder.setContextHolderStrategy(strategyBefore);
    }

    @BeforeEach
    void fixtures() {
        fixtures = new StatementFixtures(jdbc, imports, edits, search, batches);
    }

    @Test
    void a_filtered_sorted_grid_page_and_its_count_send_as_many_statements_for_50_rows_of_2000_as_for_5_rows_of_100() {
        var filter = MailboxFilter.all().withDepartment("Finance").withBatch(StatementFixtures.BATCH);
        // what grows is both the table and the page's rows: the small page is the last 5 of 100, the large one 50 rows
        // in the middle of 2,000, so a query per shown row or per matching row makes the large count grow
        var small = measure(SMALL, size -> log.record("grid page of 5 at row 95 of 100 + count", () -> {
            var page = search.page(filter, MailboxSort.DISPLAY_NAME, false, size - 5, GRID_PAGE);
            return List.of(page.size(), search.count(filter));
        }));
        var large = measure(LARGE, size -> log.record("grid page of 50 at row 1,000 of 2,000 + count", () -> {
            var page = search.page(filter, MailboxSort.DISPLAY_NAME, false, 1_000, GRID_PAGE);
            return List.of(page.size(), search.count(filter));
        }));

        assertThat(small.result()).containsExactly(5, SMALL);
        assertThat(large.result()).containsExactly(GRID_PAGE, LARGE);
        assertSameCount(small, large);
    }

    @Test
    void a_bulk_action_on_a_selection_sends_as_many_statements_for_2000_mailboxes_with_history_as_for_100() {
        IntFunction<StatementLog.Recorded<Integer>> bulk = size -> {
            var selection = fixtures.selectionOfAll();
            return log.record("bulk SetFullAccess(false) on a selection of " + size, () -> edits.bulk(
                    new BulkAction.SetFullAccess(false), BulkTarget.selection(selection)).changed());
        };
        var small = measure(SMALL, bulk);
        var large = measure(LARGE, bulk);

        assertThat(small.result()).isEqualTo(SMALL);
        assertThat(large.result()).isEqualTo(LARGE);
        assertSameCount(small, large);
    }

    @Test
    void a_bulk_action_on_ids_sends_as_many_statements_for_2000_mailboxes_with_history_as_for_100() {
        IntFunction<StatementLog.Recorded<Integer>> bulk = size -> {
            var ids = fixtures.idsOfAll();
            return log.record("bulk SetUmEnabled(true) on " + size + " ids", () -> edits.bulk(
                    new BulkAction.SetUmEnabled(true), BulkTarget.ids(ids)).changed());
        };
        var small = measure(SMALL, bulk);
        var large = measure(LARGE, bulk);

        assertThat(small.result()).isEqualTo(SMALL);
        assertThat(large.result()).isEqualTo(LARGE);
        assertSameCount(small, large);
    }

    @Test
    void a_status_import_sends_as_many_statements_for_a_2000_row_export_as_for_a_100_row_one() {
        IntFunction<StatementLog.Recorded<Integer>> load = size -> {
            byte[] export = StatementFixtures.migrationUsers(size);
            return log.record("status import of a " + size + "-row Get-MigrationUser export",
                    () -> status.importStatus("users.csv", export).mailboxesChanged());
        };
        var small = measure(SMALL, load);
        var large = measure(LARGE, load);

        assertThat(small.result()).isEqualTo(SMALL);
        assertThat(large.result()).isEqualTo(LARGE);
        assertSameCount(small, large);
    }

    @Test
    void a_dashboard_refresh_after_a_change_sends_as_many_statements_at_2000_mailboxes_as_at_100() {
        IntFunction<StatementLog.Recorded<Long>> refresh = size -> {
            dashboard.figures();
            edits.bulk(new BulkAction.SetUmEnabled(true), BulkTarget.addresses(List.of("user1@contoso.com")));
            long before = dashboard.computationCount();
            return log.record("dashboard figures after a change at " + size + " mailboxes",
                    () -> {
                        dashboard.figures();
                        return dashboard.computationCount() - before;
                    });
        };
        var small = measure(SMALL, refresh);
        var large = measure(LARGE, refresh);

        assertThat(small.result()).as("the change invalidated the figures: computed again").isEqualTo(1);
        assertThat(large.result()).as("the change invalidated the figures: computed again").isEqualTo(1);
        assertSameCount(small, large);
    }

    @Test
    void a_query_per_row_fails_the_comparison_and_other_threads_are_not_counted() {
        IntFunction<StatementLog.Recorded<Integer>> perRow = size -> log.record("a query per row over " + size, () -> {
            IntStream.range(0, size).forEach(i -> jdbc.queryForObject("select ?", Integer.class, i));
            CompletableFuture.runAsync(() -> jdbc.queryForObject("select 'another thread'", String.class)).join();
            return size;
        });
        var small = perRow.apply(3);
        var large = perRow.apply(30);

        assertThat(small.count()).as("one statement per row, none of the other thread").isEqualTo(3);
        assertThatThrownBy(() -> assertSameCount(small, large)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("a query per row over 30: 30 statements").hasMessageContaining("30. select ?");
    }

    private <T> StatementLog.Recorded<T> measure(int size, IntFunction<StatementLog.Recorded<T>> action) {
        fixtures.organisation(size);
        return action.apply(size);
    }

    /** The same number of statements at both sizes; else both statement lists, to read where the large one grew. */
    private static void assertSameCount(StatementLog.Recorded<?> small, StatementLog.Recorded<?> large) {
        // the figures README quotes (target/surefire-reports/*StatementCountTest-output.txt)
        System.out.printf("%s: %d statements; %s: %d statements%n%s%n", small.action(), small.count(), large.action(),
                large.count(), large.listing());
        assertThat(large.count()).withFailMessage(() -> "statements grow with the rows (N+1?): %d at the small size, %d at the large one%n%s%n%s"
                .formatted(small.count(), large.count(), small.listing(), large.listing())).isEqualTo(small.count());
    }
}
