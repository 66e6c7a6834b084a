package org.migrationtracker.benchmark;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.migrationtracker.IntegrationTest;
import org.migrationtracker.mailbox.InventoryImportService;
import org.migrationtracker.mailbox.MailboxFilter;
import org.migrationtracker.mailbox.MailboxPlans;
import org.migrationtracker.mailbox.MailboxSearch;
import org.migrationtracker.mailbox.MailboxSort;
import org.migrationtracker.mailbox.MailboxState;
import org.migrationtracker.mailbox.MailboxTestData;
import org.migrationtracker.mailbox.ReadinessReason;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code EXPLAIN (ANALYZE, BUFFERS)} of a grid page for every filter and every sort at row 0, in the middle and at
 * the last row of 100,000 mailboxes, and of the helpdesk search; then the last-row page the old way (an
 * {@code OFFSET} from the start) against the new (from the far end). Prints a Markdown table and writes it to
 * {@code target/query-plans.md} (docs/adr/0041). Run with
 * {@code ./mvnw -Pbenchmark test -Dtest=QueryPlanBenchmark}.
 */
@Tag("benchmark")
@IntegrationTest
@WithMockUser(username = "benchmark", roles = "ADMIN")
class QueryPlanBenchmark {

    static final int N = 100_000;
    static final int PAGE = 50;
    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired InventoryImportService imports;
    @Autowired MailboxSearch search;
    @Autowired JdbcTemplate jdbc;
    @Autowired NamedParameterJdbcTemplate named;

    @Test
    void query_plans_of_every_grid_filter_and_sort_and_of_the_search() throws IOException {
        organisation();
        var out = new ArrayList<String>();
        out.add("### Grid pages of " + PAGE + " (the id query; then the page's rows by id, 1 index lookup each)\n");
        out.add("| filter | sort | matching | plan at row 0 | plan at the last row | row 0 | middle | last row | page() row 0 / middle / last |");
        out.add("|---|---|---|---|---|---|---|---|---|");
        var byName = MailboxFilter.all();
        for (var f : filters().entrySet()) {
            out.add(row(f.getKey(), f.getValue(), MailboxSort.DISPLAY_NAME, true));
        }
        for (var sort : MailboxSort.values()) {
            for (boolean ascending : List.of(true, false)) {
                out.add(row("none", byName, sort, ascending));
            }
        }
        out.add(row("state Ready", MailboxFilter.all().withStates(Set.of(MailboxState.READY)), MailboxSort.UPDATED, false));
        out.add(row("department Sales", MailboxFilter.all().withDepartment("Sales"), MailboxSort.SIZE, true));

        out.add("\n### Helpdesk search (8 results: exact addresses, names that start with the query, then nearest names"
                + " when those are fewer than 8)\n");
        out.add("| query | exact-address plan | time | starts-with plan | rows | time | nearest-names plan | time | search() median of 5 |");
        out.add("|---|---|---|---|---|---|---|---|---|");
        for (String q : List.of("user 4711", "user 47", "usr 4711", "user4711", "user4711@contoso.com", "u4711@contoso.mail.onmicrosoft.com")) {
            var exact = JSON.readTree(MailboxPlans.explainSearchExact(jdbc, q)).get(0);
            var prefix = JSON.readTree(MailboxPlans.explainSearchPrefix(jdbc, q, 8)).get(0);
            var near = JSON.readTree(MailboxPlans.explainSearchNearest(jdbc, q, 8)).get(0);
            out.add("| `" + q + "` | " + shape(exact.get("Plan")) + " | " + ms(exact) + " | " + shape(prefix.get("Plan")) + " | "
                    + prefix.get("Plan").get("Actual Rows").asLong() + " | " + ms(prefix) + " | " + shape(near.get("Plan")) + " | "
                    + ms(near) + " | " + median(5, () -> search.search(q, 8)) + " ms |");
        }
        out.add("\n### Last-row page, old (OFFSET from the start) and new (from the far end), 15 alternating runs each\n");
        out.add("| filter, sort | matching | old page(): median / max | new page(): median / max | bare index query at row 0 / at the last row by OFFSET |");
        out.add("|---|---|---|---|---|");
        out.add(lastRow("none, name ascending", byName, MailboxSort.DISPLAY_NAME, true));
        out.add(lastRow("none, name descending", byName, MailboxSort.DISPLAY_NAME, false));
        out.add(lastRow("none, primary address", byName, MailboxSort.PRIMARY_ADDRESS, true));
        out.add(lastRow("state Not ready, name", MailboxFilter.all().withStates(Set.of(MailboxState.NOT_READY)), MailboxSort.DISPLAY_NAME, true));
        out.add(lastRow("text \"user1\", name", byName.withText("user1"), MailboxSort.DISPLAY_NAME, true));

        String report = String.join("\n", out) + "\n";
        Files.writeString(Path.of("target/query-plans.md"), report);
        System.out.println("\n=== Query plans at " + N + " mailboxes (embedded PostgreSQL, this machine) ===\n" + report);
        MailboxTestData.clearWithBatches(jdbc);
    }

    /** 100,000 mailboxes in 8 departments and 3 databases, 50 batches of 1,200, states, sizes (some unknown), permissions. */
    private void organisation() {
        MailboxTestData.clearWithBatches(jdbc);
        assertThat(imports.importInventory("100k.csv", MailboxTestData.inventory(N, "Finance")).added()).isEqualTo(N);
        for (int b = 1; b <= 50; b++) {
            jdbc.update("insert into migration_batch (name, method, start_mode, created_at, updated_at, updated_by)"
                    + " values (?, 'STAGED', 'MANUAL', now(), now(), 'benchmark')", "Wave" + b);
        }
        jdbc.update("""
                update mailbox set
                    department = (array['Finance','Sales','HR','IT','Legal','Operations','Support','Marketing'])[(id % 8)::int + 1],
                    size_bytes = case when id % 11 = 0 then null else (id * 7919 % 5000) * 1048576 end,
                    full_access = id % 4 <> 0, write_property = id % 5 <> 0,
                    batch_id = case when id <= 60000 then (select min(id) from migration_batch) + (id - 1) / 1200 end,
                    updated_at = updated_at + (id % 1000) * interval '1 minute'""");
        jdbc.update("""
                update mailbox set
                    readiness = array_remove(array_remove(array_remove(array[
                        case when um_enabled then 'UM_STILL_ENABLED' end,
                        case when not full_access then 'NO_MAILBOX_ACCESS' end,
                        case when not write_property then 'NO_WRITE_PROPERTY' end], null), null), null)""");
        jdbc.update("""
                update mailbox set ready = cardinality(readiness) = 0,
                    state = case when batch_id is null then case when cardinality(readiness) = 0 then 'READY' else 'NOT_READY' end
                                 else (array['IN_BATCH','SYNCING','SYNCED','COMPLETED','FAILED','DONE'])[(id % 6)::int + 1] end""");
        // three updates of every row leave the table four times its size: compacted, as autovacuum keeps a table in use
        jdbc.execute("vacuum full mailbox");
        jdbc.execute("vacuum analyze mailbox");
        jdbc.execute("vacuum analyze migration_batch");
    }

    private static Map<String, MailboxFilter> filters() {
        var all = MailboxFilter.all();
        var f = new LinkedHashMap<String, MailboxFilter>();
        f.put("none", all);
        f.put("state Ready", all.withStates(Set.of(MailboxState.READY)));
        f.put("states In batch, Syncing, Synced", all.withStates(Set.of(MailboxState.IN_BATCH, MailboxState.SYNCING, MailboxState.SYNCED)));
        f.put("ready yes", all.withReady(true));
        f.put("ready no", all.withReady(false));
        f.put("reason UM still enabled", new MailboxFilter(Set.of(), null, ReadinessReason.UM_STILL_ENABLED, null, null, null, null, null, null));
        f.put("department Sales", all.withDepartment("Sales"));
        f.put("database db01", all.withDatabase("db01"));
        f.put("UM enabled yes", new MailboxFilter(Set.of(), null, null, null, null, true, null, null, null));
        f.put("FullAccess no", new MailboxFilter(Set.of(), null, null, null, null, null, false, null, null));
        f.put("WriteProperty yes", new MailboxFilter(Set.of(), null, null, null, null, null, null, true, null));
        f.put("batch Wave7", all.withBatch("Wave7"));
        f.put("text \"user1\"", all.withText("user1"));
        f.put("text \"user12@contoso\"", all.withText("user12@contoso"));
        f.put("text \"@contoso.com\"", all.withText("@contoso.com"));
        f.put("text \"contoso.com\"", all.withText("contoso.com"));
        f.put("state Ready + department Sales + text \"user1\"", all.withStates(Set.of(MailboxState.READY)).withDepartment("Sales").withText("user1"));
        return f;
    }

    private String row(String name, MailboxFilter filter, MailboxSort sort, boolean ascending) {
        int total = search.count(filter);
        int middle = total / 2 / PAGE * PAGE;
        int last = Math.max(0, total - PAGE);
        var plans = new ArrayList<JsonNode>();
        var pages = new ArrayList<String>();
        for (int offset : List.of(0, middle, last)) {
            MailboxPlans.explainPage(named, filter, sort, ascending, offset, PAGE, total);
            plans.add(JSON.readTree(MailboxPlans.explainPage(named, filter, sort, ascending, offset, PAGE, total)).get(0));
            pages.add(String.valueOf(median(3, () -> search.page(filter, sort, ascending, offset, PAGE, total))));
        }
        return "| " + name + " | " + sort.name().toLowerCase() + (ascending ? " ↑" : " ↓") + " | " + total + " | "
                + shape(plans.getFirst().get("Plan")) + " | " + shape(plans.getLast().get("Plan")) + " | "
                + ms(plans.get(0)) + " | " + ms(plans.get(1)) + " (row " + middle + ") | " + ms(plans.get(2)) + " | "
                + String.join(" / ", pages) + " ms |";
    }

    private String lastRow(String name, MailboxFilter filter, MailboxSort sort, boolean ascending) {
        int total = search.count(filter);
        int last = Math.max(0, total - PAGE);
        var before = new ArrayList<Long>();
        var after = new ArrayList<Long>();
        for (int run = 0; run < 15; run++) {
            before.add(time(() -> search.page(filter, sort, ascending, last, PAGE)));
            after.add(time(() -> search.page(filter, sort, ascending, last, PAGE, total)));
        }
        assertThat(search.page(filter, sort, ascending, last, PAGE, total)).isEqualTo(search.page(filter, sort, ascending, last, PAGE));
        return "| " + name + " | " + total + " | " + median(before) + " / " + max(before) + " ms | " + median(after) + " / "
                + max(after) + " ms | " + median(5, () -> MailboxPlans.bareIds(named, filter, sort, ascending, 0, PAGE)) + " / "
                + median(5, () -> MailboxPlans.bareIds(named, filter, sort, ascending, last, PAGE)) + " ms |";
    }

    /** The plan's top nodes: node type, direction, index, sort method; the rows each gave. */
    static String shape(JsonNode plan) {
        var nodes = new ArrayList<String>();
        var node = plan;
        while (node != null && nodes.size() < 4) {
            var text = new StringBuilder(node.get("Node Type").asString());
            if (node.has("Scan Direction") && node.get("Scan Direction").asString().equals("Backward")) {
                text.append(" Backward");
            }
            if (node.has("Index Name")) {
                text.append(" ").append(node.get("Index Name").asString());
            }
            if (node.has("Sort Method")) {
                text.append(" (").append(node.get("Sort Method").asString()).append(")");
            }
            text.append(" ").append(node.get("Actual Rows").asLong()).append(" rows");
            if (node.has("Rows Removed by Filter")) {
                text.append(", ").append(node.get("Rows Removed by Filter").asLong()).append(" filtered out");
            }
            nodes.add(text.toString());
            var children = node.get("Plans");
            node = children == null ? null : children.get(0);
        }
        return String.join(" → ", nodes) + "; " + (plan.get("Shared Hit Blocks").asLong() + plan.get("Shared Read Blocks").asLong()) + " buffers";
    }

    static String ms(JsonNode explained) {
        return String.format("%.1f ms", explained.get("Execution Time").asDouble());
    }

    private static long time(Supplier<?> work) {
        long start = System.nanoTime();
        work.get();
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static long median(int runs, Supplier<?> work) {
        var times = new ArrayList<Long>();
        for (int i = 0; i < runs; i++) {
            times.add(time(work));
        }
        return median(times);
    }

    private static long median(List<Long> values) {
        return values.stream().sorted().toList().get(values.size() / 2);
    }

    private static long max(List<Long> values) {
        return values.stream().mapToLong(Long::longValue).max().orElse(0);
    }
}
