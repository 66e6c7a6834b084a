package org.migrationtracker.benchmark;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.migrationtracker.IntegrationTest;
import org.migrationtracker.dashboard.DashboardService;
import org.migrationtracker.mailbox.BulkAction;
import org.migrationtracker.mailbox.BulkTarget;
import org.migrationtracker.mailbox.InventoryImportService;
import org.migrationtracker.mailbox.MailboxEdits;
import org.migrationtracker.mailbox.MailboxFilter;
import org.migrationtracker.mailbox.MailboxSearch;
import org.migrationtracker.mailbox.MailboxSort;
import org.migrationtracker.mailbox.MailboxTestData;
import org.migrationtracker.plan.PlanService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Prints the figures the mailbox issue asks for; run with {@code ./mvnw -Pbenchmark test}. Not part of
 * {@code ./mvnw verify}: timings on a shared 2-core machine are figures to read, not assertions.
 */
@Tag("benchmark")
@IntegrationTest
@WithMockUser(username = "benchmark", roles = "ADMIN")
class MailboxBenchmark {

    @Autowired InventoryImportService imports;
    @Autowired MailboxEdits mailboxes;
    @Autowired MailboxSearch mailboxSearch;
    @Autowired JdbcTemplate jdbc;
    @Autowired DashboardService dashboard;
    @Autowired PlanService plan;

    @Test
    void mailbox_figures() {
        var lines = new ArrayList<String>();
        // warm-up: JIT and connection pool
        MailboxTestData.clear(jdbc);
        imports.importInventory("warmup.csv", MailboxTestData.inventory(2_000, "Warmup"));

        MailboxTestData.clear(jdbc);
        byte[] small = MailboxTestData.inventory(2_000, "Finance");
        lines.add(String.format("import 2,000 rows (new):          %6d ms", time(() -> imports.importInventory("2k.csv", small)).millis));

        MailboxTestData.clear(jdbc);
        byte[] large = MailboxTestData.inventory(100_000, "Finance");
        var timed = time(() -> imports.importInventory("100k.csv", large));
        assertThat(timed.value.added()).isEqualTo(100_000);
        lines.add(String.format("import 100,000 rows (new):        %6d ms  (%.1f MB file)", timed.millis, large.length / 1e6));
        lines.add(String.format("re-import 100,000 rows unchanged: %6d ms", time(() -> imports.importInventory("100k.csv", large)).millis));

        var bulkTimes = new ArrayList<Long>();
        for (int round = 0; round < 5; round++) {
            var page = mailboxSearch.page(MailboxFilter.all(), MailboxSort.PRIMARY_ADDRESS, true, round * 2_000, 2_000);
            var selection = new HashMap<Long, Long>();
            page.forEach(m -> selection.put(m.id(), m.version()));
            var result = time(() -> mailboxes.bulk(new BulkAction.SetFullAccess(true), BulkTarget.selection(selection)));
            assertThat(result.value.changed()).isEqualTo(2_000);
            bulkTimes.add(result.millis);
        }
        lines.add(String.format("bulk update of 2,000 (+2,000 history rows): median %d ms, max %d ms", median(bulkTimes),
                bulkTimes.stream().mapToLong(Long::longValue).max().orElse(0)));

        // steady state: autovacuum has visited the table (it does after large inserts), as it would in production
        jdbc.execute("vacuum analyze mailbox");
        var pageTimes = new ArrayList<Long>();
        var firstPage = new ArrayList<Long>();
        var countTimes = new ArrayList<Long>();
        var deepFiltered = new ArrayList<Long>();
        for (int round = 0; round < 20; round++) {
            countTimes.add(time(() -> mailboxSearch.count(MailboxFilter.all())).millis);
            firstPage.add(time(() -> mailboxSearch.page(MailboxFilter.all(), MailboxSort.DISPLAY_NAME, true, 0, 100)).millis);
            pageTimes.add(time(() -> mailboxSearch.page(MailboxFilter.all(), MailboxSort.DISPLAY_NAME, true, 99_900, 100)).millis);
            deepFiltered.add(time(() -> mailboxSearch.page(MailboxFilter.all().withText("user9"), MailboxSort.PRIMARY_ADDRESS,
                    false, 10_000, 100)).millis);
        }
        lines.add(String.format("grid page of 100 rows, sorted by name, at row 0: median %d ms; at row 99,900 of 100,000: median %d ms",
                median(firstPage), median(pageTimes)));
        lines.add(String.format("grid count of 100,000: median %d ms", median(countTimes)));
        lines.add(String.format("grid page, free-text filter, at row 10,000: median %d ms", median(deepFiltered)));
        var searches = new ArrayList<Long>();
        String[] queries = {"user 4711", "user9999", "u123@contoso", "usr 5", "user 88888", "user99999@contoso.com", "finance", "us"};
        var perQuery = new LinkedHashMap<String, List<Long>>();
        for (int round = 0; round < 80; round++) {
            String query = queries[round % queries.length];
            long millis = time(() -> mailboxSearch.search(query, 8)).millis;
            searches.add(millis);
            perQuery.computeIfAbsent(query, q -> new ArrayList<>()).add(millis);
        }
        var sortedSearches = searches.stream().sorted().toList();
        lines.add(String.format("helpdesk search (8 results) at 100,000 mailboxes: median %d ms, p95 %d ms (80 searches)",
                median(searches), sortedSearches.get((int) Math.ceil(sortedSearches.size() * 0.95) - 1)));
        lines.add("  per query, median ms: " + perQuery.entrySet().stream()
                .map(e -> "'" + e.getKey() + "' " + median(e.getValue())).collect(Collectors.joining(", ")));
        var dashboardTimes = new ArrayList<Long>();
        for (int round = 0; round < 5; round++) {
            mailboxes.bulk(new BulkAction.SetUmEnabled(round % 2 == 0), BulkTarget.addresses(List.of("user1@contoso.com")));
            dashboardTimes.add(time(() -> dashboard.figures()).millis);
        }
        lines.add(String.format("dashboard figures at 100,000 mailboxes after a change (computed once, shared): median %d ms; "
                + "served from the shared copy: %d ms", median(dashboardTimes), time(() -> dashboard.figures()).millis));
        var planTimes = new ArrayList<Long>();
        var timelineTimes = new ArrayList<Long>();
        for (int round = 0; round < 10; round++) {
            planTimes.add(time(() -> plan.plan()).millis);
            timelineTimes.add(time(() -> plan.timeline()).millis);
        }
        lines.add(String.format("project plan at 100,000 mailboxes (checklist with its live counts): median %d ms; timeline: median %d ms",
                median(planTimes), median(timelineTimes)));
        System.out.println("\n=== Mailbox benchmark (embedded PostgreSQL, this machine) ===\n" + String.join("\n", lines) + "\n");
        MailboxTestData.clear(jdbc);
    }

    private record Timed<T>(T value, long millis) {
    }

    private static <T> Timed<T> time(Supplier<T> work) {
        long start = System.nanoTime();
        T value = work.get();
        return new Timed<>(value, (System.nanoTime() - start) / 1_000_000);
    }

    private static long median(List<Long> values) {
        var sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
