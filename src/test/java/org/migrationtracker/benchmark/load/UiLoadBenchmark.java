package org.migrationtracker.benchmark.load;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.migrationtracker.IntegrationTest;
import org.migrationtracker.batch.BatchService;
import org.migrationtracker.batch.StatusImportService;
import org.migrationtracker.benchmark.Organisation;
import org.migrationtracker.benchmark.OrganisationSetup;
import org.migrationtracker.mailbox.InventoryImportService;
import org.migrationtracker.mailbox.MailboxEdits;
import org.migrationtracker.mailbox.MailboxTestData;
import org.migrationtracker.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.TestPropertySource;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Leads, helpdesk and admins through the real Vaadin protocol against the app on a real port (docs/adr/0040): heap
 * per signed-in session with the dashboard open (0, 50, 200 sessions), then 50 people ramping to 200 for a bounded
 * time. Run with {@code ./mvnw -Pbenchmark test -Dtest=UiLoadBenchmark} ({@code -Dload.mailboxes=2000} for a quick
 * run); prints and writes {@code target/load.md}.
 */
@Tag("benchmark")
@IntegrationTest
// the production coalescing window and dashboard interval (the tests' refresh every screen far more often)
// and pg_stat_statements, for the statements that took PostgreSQL's time in the hold
@TestPropertySource(properties = {"tracker.live.coalesce-ms=250", "tracker.dashboard.refresh-interval=1s",
        "tracker.embedded-db.settings.shared_preload_libraries=pg_stat_statements"})
class UiLoadBenchmark {

    static final String PASSWORD = "Quiz-Fjord-Vexing-2026";
    static final int MAILBOXES = Integer.getInteger("load.mailboxes", 100_000);
    static final long RAMP_SECONDS = Long.getLong("load.ramp-seconds", 90);
    static final long HOLD_SECONDS = Long.getLong("load.hold-seconds", 60);

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;
    @Autowired InventoryImportService imports;
    @Autowired MailboxEdits mailboxes;
    @Autowired BatchService batches;
    @Autowired StatusImportService status;
    @Autowired PasswordEncoder passwords;

    @Test
    void two_hundred_people_through_the_ui() throws Exception {
        // the performance benchmark's organisation: inventory, permissions, 50 batches, status round trips, notes
        MailboxTestData.asAdmin(() -> new OrganisationSetup(jdbc, imports, mailboxes, batches, status).organisation(MAILBOXES));
        createPeople();
        var base = URI.create("http://localhost:" + port);
        var report = new ArrayList<String>();
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

        // heap per session: 0, 50 and 200 leads with the dashboard open
        var heapTimings = new Timings();
        long heap0 = heapAfterGc();
        var histogram0 = HeapHistogram.now();
        long heap200;
        long heap200WithoutTrees;
        try (var driver = new LoadDriver(base, heapTimings)) {
            var pushes = new AtomicInteger();
            for (int i = 0; i < 200; i++) {
                People.leadOpensDashboard(driver.signedIn("load-lead-" + i, PASSWORD), heapTimings, pushes);
                if (i == 49) {
                    report.add(String.format("heap after GC, 50 sessions: %.2f MB/session", (heapAfterGc() - heap0) / 50 / 1e6));
                }
            }
            heap200 = heapAfterGc();
            driver.forgetTrees();
            heap200WithoutTrees = heapAfterGc();
            String dump = System.getProperty("load.heap-dump");
            if (dump != null) {
                // -Dload.heap-dump=/tmp/sessions.hprof: the live heap with 200 dashboards open, for a heap analyser
                ManagementFactory.getPlatformMXBean(com.sun.management.HotSpotDiagnosticMXBean.class).dumpHeap(dump, true);
            }
            report.add("largest growth by class from 0 to 200 sessions (the driver's trees forgotten):");
            HeapHistogram.growth(histogram0, HeapHistogram.now(), 15)
                    .forEach(line -> report.add(String.format("  %,12d bytes %,9d objects  %s", line.bytes(), line.objects(), line.className())));
        }
        report.add(String.format("heap after GC, 200 sessions: %.2f MB/session with the driver's state trees, %.2f MB/session without",
                (heap200 - heap0) / 200 / 1e6, (heap200WithoutTrees - heap0) / 200 / 1e6));

        // load: 50 people ramping to 200 (40% leads, 40% helpdesk, 20% admins)
        var timings = new Timings();
        var pushes = new AtomicInteger();
        long cpuStart = os.getProcessCpuTime();
        long start = System.nanoTime();
        long end = start + (RAMP_SECONDS + HOLD_SECONDS) * 1_000_000_000L;
        long holdFrom = start + RAMP_SECONDS * 1_000_000_000L;
        var holdActivity = new AtomicReference<PostgresActivity>();
        var holdCpuStart = new AtomicLong();
        var holdProbe = Thread.ofVirtual().start(() -> {
            try {
                Thread.sleep(Math.max(0, (holdFrom - System.nanoTime()) / 1_000_000));
                holdCpuStart.set(os.getProcessCpuTime());
                holdActivity.set(PostgresActivity.from(jdbc));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        try (var driver = new LoadDriver(base, timings)) {
            var people = new ArrayList<Thread>();
            for (int i = 0; i < 200; i++) {
                if (i >= 50) {
                    Thread.sleep(RAMP_SECONDS * 1000 / 150);
                }
                int n = i;
                people.add(Thread.ofVirtual().start(() -> person(driver, timings, pushes, n, end)));
            }
            people.forEach(thread -> {
                try {
                    thread.join();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
        }
        holdProbe.join();
        double seconds = (System.nanoTime() - start) / 1e9;
        double holdSeconds = (System.nanoTime() - holdFrom) / 1e9;
        report.add(String.format("process CPU: %.0f%% of one core over %.0f s, %.0f%% in the hold; pushes received by 80 leads: %d (%.1f per lead)",
                (os.getProcessCpuTime() - cpuStart) / 1e9 / seconds * 100, seconds,
                (os.getProcessCpuTime() - holdCpuStart.get()) / 1e9 / holdSeconds * 100, pushes.get(), pushes.get() / 80.0));
        report.add("ramp (" + RAMP_SECONDS + " s: 50 people at once, then one more every " + RAMP_SECONDS * 1000 / 150
                + " ms until 200, each signing in first):");
        table(report, timings.rows(start, holdFrom));
        report.add("hold (" + HOLD_SECONDS + " s: 200 people signed in):");
        table(report, timings.rows(holdFrom, Long.MAX_VALUE));
        report.add("in the hold:");
        report.addAll(holdActivity.get().report(15));
        report.add("errors: " + timings.errors().size() + (timings.errors().isEmpty() ? "" : " " + timings.errors().subList(0,
                Math.min(10, timings.errors().size()))));
        String text = "=== Load through the UI: " + MAILBOXES + " mailboxes, 50 -> 200 people ===\n" + String.join("\n", report) + "\n";
        System.out.println(text);
        Files.writeString(Path.of("target/load.md"), text);
        assertThat(timings.errors()).isEmpty();
    }

    /** 200 leads, 200 helpdesk staff and 200 admins, each with the same password, hashed once (bcrypt is slow by design). */
    private void createPeople() {
        String hash = passwords.encode(PASSWORD);
        jdbc.update("delete from tracker_user where username like 'load-%'");
        for (var role : List.of(Role.LEAD, Role.HELPDESK, Role.ADMIN)) {
            for (int i = 0; i < 200; i++) {
                String name = "load-" + role.name().toLowerCase() + "-" + i;
                long id = jdbc.queryForObject("""
                        insert into tracker_user (username, display_name, password_hash, created_at, updated_at)
                        values (?, ?, ?, now(), now()) returning id""", Long.class, name, "Load " + i, hash);
                jdbc.update("insert into tracker_user_role (user_id, role) values (?, ?)", id, role.name());
            }
        }
    }

    private static void table(List<String> report, List<Timings.Row> rows) {
        report.add(String.format("  %-28s %7s %9s %9s %9s", "action", "count", "p50 ms", "p95 ms", "max ms"));
        rows.forEach(row -> report.add(String.format("  %-28s %7d %9.1f %9.1f %9.1f", row.action(), row.count(), row.p50(),
                row.p95(), row.max())));
    }

    private static void person(LoadDriver driver, Timings timings, AtomicInteger pushes, int n, long end) {
        var random = ThreadLocalRandom.current();
        try {
            if (n % 5 < 2) {
                People.leadOpensDashboard(driver.signedIn("load-lead-" + n, PASSWORD), timings, pushes);
            } else if (n % 5 < 4) {
                var tab = driver.signedIn("load-helpdesk-" + n, PASSWORD);
                timings.time("helpdesk: open lookup", () -> tab.open("lookup"));
                while (System.nanoTime() < end) {
                    People.helpdeskLooksUp(tab, timings, Organisation.displayName(random.nextInt(MAILBOXES)));
                    tab.navigate("lookup");
                    Thread.sleep(2_000 + random.nextInt(3_000));
                }
            } else {
                var tab = driver.signedIn("load-admin-" + n, PASSWORD);
                tab.open("dashboard");
                boolean grant = true;
                while (System.nanoTime() < end) {
                    People.adminRunsBulkAction(tab, timings, Organisation.alias(random.nextInt(MAILBOXES)), 3, grant);
                    grant = !grant;
                    Thread.sleep(3_000 + random.nextInt(3_000));
                }
            }
            while (System.nanoTime() < end) {
                Thread.sleep(1_000);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException failed) {
            timings.error("person " + n + ": " + failed.getMessage());
        }
    }

    private static long heapAfterGc() throws InterruptedException {
        var memory = ManagementFactory.getMemoryMXBean();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            Thread.sleep(300);
            used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
        }
        return used;
    }
}
