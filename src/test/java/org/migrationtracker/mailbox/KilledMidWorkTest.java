package org.migrationtracker.mailbox;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.migrationtracker.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The database connection of a bulk action or an import is cut while its statement runs ({@code pg_terminate_backend},
 * what a restart or a killed server does to it): afterwards no row and no history entry of it is there, and the same
 * work done again lands whole. To cut it at a known point, a second connection holds the history table locked, so
 * the work has changed every mailbox row and waits to write their history when its backend is terminated.
 */
@IntegrationTest
class KilledMidWorkTest {

    private static final Duration PATIENCE = Duration.ofSeconds(120);

    @Autowired InventoryImportService imports;
    @Autowired MailboxEdits mailboxes;
    @Autowired JdbcTemplate jdbc;
    @Autowired DataSource dataSource;

    @BeforeEach
    void twoThousandMailboxes() {
        MailboxTestData.clear(jdbc);
        MailboxTestData.asAdmin(() -> imports.importInventory("inventory.csv", MailboxTestData.inventory(2_000, "Finance")));
    }

    @Test
    void a_bulk_action_on_2000_mailboxes_cut_off_mid_statement_leaves_no_row_and_no_history_changed() throws Exception {
        long history = count("mailbox_history");
        var bulk = new BulkAction.SetFullAccess(true);

        var outcome = cutOffWhileRunning(() -> mailboxes.bulk(bulk, BulkTarget.matching(MailboxFilter.all())));

        assertThat(outcome).isInstanceOf(Throwable.class);
        assertThat(count("mailbox")).isEqualTo(2_000);
        assertThat(jdbc.queryForObject("select count(*) from mailbox where full_access", Long.class)).isZero();
        assertThat(count("mailbox_history")).isEqualTo(history);
        System.out.println("Bulk action on 2,000 mailboxes cut off: " + outcome + "; 0 of 2,000 rows and 0 history rows changed");

        var again = new AtomicReference<BulkResult>();
        MailboxTestData.asAdmin(() -> again.set(mailboxes.bulk(bulk, BulkTarget.matching(MailboxFilter.all()))));
        assertThat(again.get().changed()).isEqualTo(2_000);
        assertThat(jdbc.queryForObject("select count(*) from mailbox where full_access", Long.class)).isEqualTo(2_000);
        assertThat(count("mailbox_history")).isEqualTo(history + 2_000);
    }

    @Test
    void an_import_of_100000_rows_cut_off_mid_statement_leaves_no_mailbox_and_no_history_behind() throws Exception {
        long history = count("mailbox_history");
        byte[] file = MailboxTestData.inventory(InventoryImportService.MAX_ROWS, "Sales");
        long started = System.nanoTime();

        var outcome = cutOffWhileRunning(() -> imports.importInventory("large.csv", file));

        assertThat(outcome).isInstanceOf(Throwable.class);
        assertThat(count("mailbox")).isEqualTo(2_000);
        assertThat(jdbc.queryForObject("select count(*) from mailbox where department = 'Sales'", Long.class)).isZero();
        assertThat(count("mailbox_history")).isEqualTo(history);
        assertThat(count("pending_index")).as("the first load's dropped indexes back with the rollback").isZero();
        System.out.printf("Import of 100,000 rows cut off after %d ms: %s; mailboxes 2,000 before and after, history rows %d before and after%n",
                (System.nanoTime() - started) / 1_000_000, outcome, history);
    }

    /** Runs {@code work} as an admin, terminates its backend once it waits for the history table; what it threw. */
    private Object cutOffWhileRunning(Runnable work) throws Exception {
        try (Connection blocker = dataSource.getConnection()) {
            blocker.setAutoCommit(false);
            int blockerPid;
            try (var statement = blocker.createStatement()) {
                statement.execute("lock table mailbox_history in exclusive mode");
                var rs = statement.executeQuery("select pg_backend_pid()");
                rs.next();
                blockerPid = rs.getInt(1);
            }
            var running = CompletableFuture.supplyAsync(() -> {
                try {
                    MailboxTestData.asAdmin(work);
                    return (Object) "completed";
                } catch (RuntimeException failed) {
                    return failed;
                }
            });
            List<Integer> waiting = List.of();
            long deadline = System.nanoTime() + PATIENCE.toNanos();
            while (waiting.isEmpty() && System.nanoTime() < deadline && !running.isDone()) {
                Thread.sleep(50);
                waiting = jdbc.queryForList("""
                        select pid from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'
                        and pid <> ? and query like 'insert into mailbox_history%'""", Integer.class, blockerPid);
            }
            assertThat(waiting).as("the work waits on the history table while holding its changed rows").hasSize(1);
            assertThat(jdbc.queryForObject("select pg_terminate_backend(?)", Boolean.class, waiting.getFirst())).isTrue();
            blocker.rollback();
            return running.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        }
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }
}
