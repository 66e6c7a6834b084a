package org.migrationtracker.mailbox;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.migrationtracker.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Paging through a filtered, sorted set page by page, first half from the start and second half from the far end,
 * gives every mailbox exactly once and in the order of one unpaged query: for every sort, in both directions, with
 * null sort values (size, batch) and many equal ones (department, database, state, readiness, updated).
 */
@IntegrationTest
@WithMockUser(username = "ada", roles = "ADMIN")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MailboxPagingTest {

    static final int PAGE = 50;
    static final MailboxFilter FILTER = MailboxFilter.all()
            .withStates(Set.of(MailboxState.NOT_READY, MailboxState.READY, MailboxState.IN_BATCH, MailboxState.FAILED));

    @Autowired MailboxSearch search;
    @Autowired InventoryImportService imports;
    @Autowired JdbcTemplate jdbc;

    int total;

    @BeforeAll
    void twoThousandFiveHundredMailboxes() {
        MailboxTestData.clearWithBatches(jdbc);
        var csv = new StringBuilder("DisplayName,PrimarySmtpAddress,Alias,Department,Database,TotalItemSize,UMEnabled\r\n");
        for (int i = 0; i < 2_500; i++) {
            // names repeat (in other cases too), sizes repeat and every seventh is unknown
            String name = (i % 2 == 0 ? "Anna " : "anna ") + (i % 40);
            String size = i % 7 == 0 ? "" : String.valueOf((i % 13) * 1_048_576L);
            csv.append(name).append(",p").append(i).append("@contoso.com,p").append(i).append(',')
                    .append(i % 5 == 0 ? "" : "Dept" + (i % 4)).append(',').append(i % 2 == 0 ? "DB01" : "db0" + (i % 3))
                    .append(',').append(size).append(',').append(i % 10 == 0 ? "True" : "False").append("\r\n");
        }
        MailboxTestData.asAdmin(() -> imports.importInventory("paging.csv", csv.toString().getBytes(StandardCharsets.UTF_8)));
        for (String batch : List.of("Wave1", "wave2", "Wave3")) {
            jdbc.update("insert into migration_batch (name, method, start_mode, created_at, updated_at, updated_by)"
                    + " values (?, 'STAGED', 'MANUAL', now(), now(), 'test')", batch);
        }
        // a third in no batch; states of every kind, some outside the filter; a few distinct update times
        jdbc.update("update mailbox set batch_id = case when id % 3 = 0 then null else (select min(id) from migration_batch)"
                + " + id % 5 % 3 end, state = (array['NOT_READY','READY','IN_BATCH','FAILED','SKIPPED','DONE'])[(id % 6)::int + 1],"
                + " updated_at = updated_at + (id % 4) * interval '1 hour'");
        MailboxTestData.asAdmin(() -> total = search.count(FILTER));
        assertThat(total % PAGE).as("a last page that is not full").isNotZero();
    }

    @Test
    void every_sort_pages_from_both_ends_to_the_order_of_one_unpaged_query() {
        for (var sort : MailboxSort.values()) {
            for (boolean ascending : List.of(true, false)) {
                String order = sort + (ascending ? " ascending" : " descending");
                var unpaged = ids(search.page(FILTER, sort, ascending, 0, 10_000));
                assertThat(unpaged).as(order).hasSize(total).doesNotHaveDuplicates();

                var forward = new ArrayList<Long>();
                for (int offset = 0; offset < total; offset += PAGE) {
                    forward.addAll(ids(search.page(FILTER, sort, ascending, offset, PAGE, total)));
                }
                assertThat(forward).as(order + ", pages read first to last").containsExactlyElementsOf(unpaged);

                var backward = new ArrayList<Long>();
                for (int offset = (total - 1) / PAGE * PAGE; offset >= 0; offset -= PAGE) {
                    backward.addAll(0, ids(search.page(FILTER, sort, ascending, offset, PAGE, total)));
                }
                assertThat(backward).as(order + ", pages read last to first").containsExactlyElementsOf(unpaged);
            }
        }
    }

    @Test
    void unknown_sizes_and_no_batch_come_last_in_both_directions_and_ties_go_by_id() {
        for (boolean ascending : List.of(true, false)) {
            var lastPage = search.page(FILTER, MailboxSort.SIZE, ascending, total - PAGE, PAGE, total);
            assertThat(lastPage).as("ascending " + ascending).allMatch(m -> m.inventory().sizeBytes() == null);
            var lastIds = ids(lastPage);
            assertThat(lastIds).as("ties by id").isSortedAccordingTo(ascending ? Long::compare : (a, b) -> Long.compare(b, a));

            var lastOfBatch = search.page(FILTER, MailboxSort.BATCH, ascending, total - PAGE, PAGE, total);
            assertThat(lastOfBatch).allMatch(m -> m.batch().batchId() == null);
        }
        var firstBySize = search.page(FILTER, MailboxSort.SIZE, true, 0, PAGE, total);
        assertThat(firstBySize).allMatch(m -> Objects.equals(m.inventory().sizeBytes(), 0L));
    }

    private static List<Long> ids(List<Mailbox> page) {
        return page.stream().map(Mailbox::id).toList();
    }
}
