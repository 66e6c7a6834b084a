package org.migrationtracker.benchmark.load;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.migrationtracker.IntegrationTest;
import org.migrationtracker.batch.BatchService;
import org.migrationtracker.batch.StatusImportService;
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
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Leads, helpdesk and admins through the real Vaadin protocol against the app on a real port (docs/adr/0040): heap
 * per signed-in session with the dashboard open (0, 50, 200 sessions), then 50 people ramping to 200 for a bounded
 * time. The simulated people run in a JVM of their own ({@link DriverProcess}, docs/adr/0045); this JVM is the server.
 * Run with {@code ./mvnw -Pbenchmark test -Dtest=UiLoadBenchmark} ({@code -Dload.mailboxes=2000} for a quick run);
 * prints and writes {@code target/load.md}.
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
        try (var driver = new DriverProcess(base, MAILBOXES, RAMP_SECONDS, HOLD_SECONDS)) {
            // heap per session: 0, 50 and 200 leads with the dashboard open (the driver's own heap is in its JVM)
            long heap0 = heapAfterGc();
            var histogram0 = HeapHistogram.now();
            driver.send("leads 50");
            driver.await("opened 50", Duration.ofMinutes(10));
            report.add(String.format("heap after GC, 50 sessions: %.2f MB/session", (heapAfterGc() - heap0) / 50 / 1e6));
            driver.send("leads 150");
            driver.await("opened 200", Duration.ofMinutes(20));
            long heap200 = heapAfterGc();
            report.add(String.format("heap after GC, 200 sessions: %.2f MB/session", (heap200 - heap0) / 200 / 1e6));
            String dump = System.getProperty("load.heap-dump");
            if (dump != null) {
                // -Dload.heap-dump=/tmp/sessions.hprof: the live heap with 200 dashboards open, for a heap analyser
                ManagementFactory.getPlatformMXBean(com.sun.management.HotSpotDiagnosticMXBean.class).dumpHeap(dump, true);
            }
            report.add("largest growth by class from 0 to 200 sessions:");
            HeapHistogram.growth(histogram0, HeapHistogram.now(), 15)
                    .forEach(line -> report.add(String.format("  %,12d bytes %,9d objects  %s", line.bytes(), line.objects(), line.className())));
            driver.send("close");
            driver.await("closed", Duration.ofMinutes(1), report);

            // load: 50 people ramping to 200 (40% leads, 40% helpdesk, 20% admins), in the driver's JVM
            long cpuStart = os.getProcessCpuTime();
            long start = System.nanoTime();
            driver.send("run");
            var total = Duration.ofSeconds(RAMP_SECONDS + HOLD_SECONDS);
            var driverLines = new ArrayList<String>();
            driver.await("hold", total.plusMinutes(5), driverLines);
            long holdFrom = System.nanoTime();
            long holdCpuStart = os.getProcessCpuTime();
            var holdActivity = PostgresActivity.from(jdbc);
            driver.await("errors", total.plusMinutes(10), driverLines);
            double seconds = (System.nanoTime() - start) / 1e9;
            double held = (System.nanoTime() - holdFrom) / 1e9;
            report.add(String.format("server JVM CPU: %.0f%% of one core over %.0f s, %.0f%% in the hold",
                    (os.getProcessCpuTime() - cpuStart) / 1e9 / seconds * 100, seconds,
                    (os.getProcessCpuTime() - holdCpuStart) / 1e9 / held * 100));
            report.addAll(driverLines);
            report.add("in the hold:");
            report.addAll(holdActivity.report(15));
            driver.await("done", Duration.ofMinutes(1));
        }
        String text = "=== Load through the UI: " + MAILBOXES + " mailboxes, 50 -> 200 people, the driver in its own JVM ===\n"
                + String.join("\n", report) + "\n";
        System.out.println(text);
        Files.writeString(Path.of("target/load.md"), text);
        assertThat(report).filteredOn(line -> line.startsWith("errors: ") || line.startsWith("error while opening"))
                .containsExactly("errors: 0");
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
