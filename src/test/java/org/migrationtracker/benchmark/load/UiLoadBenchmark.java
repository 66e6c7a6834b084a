package org.migrationtracker.benchmark.load;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.migrationtracker.IntegrationTest;
import org.migrationtracker.TestUsers;
import org.migrationtracker.mailbox.InventoryImportService;
import org.migrationtracker.mailbox.MailboxTestData;
import org.migrationtracker.security.Role;
import org.migrationtracker.security.TrackerUserService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Leads, helpdesk and admins through the real Vaadin protocol against the app on a real port (docs/adr/0040): heap
 * per signed-in session with the dashboard open (0, 50, 200 sessions), then 50 people ramping to 200 for a bounded
 * time. Run with {@code ./mvnw -Pbenchmark test -Dtest=UiLoadBenchmark} ({@code -Dload.mailboxes=2000} for a quick
 * run); prints and writes {@code target/load.md}.
 */
@Tag("benchmark")
@IntegrationTest
class UiLoadBenchmark {

    static final String PASSWORD = "Quiz-Fjord-Vexing-2026";
    static final int MAILBOXES = Integer.getInteger("load.mailboxes", 100_000);
    static final long RAMP_SECONDS = Long.getLong("load.ramp-seconds", 90);
    static final long HOLD_SECONDS = Long.getLong("load.hold-seconds", 60);

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;
    @Autowired TrackerUserService users;
    @Autowired InventoryImportService inventory;

    @Test
    void two_hundred_people_through_the_ui() throws Exception {
        MailboxTestData.clear(jdbc);
        MailboxTestData.asAdmin(() -> {
            inventory.importInventory("load.csv", MailboxTestData.inventory(MAILBOXES, "Finance"));
            for (var role : List.of(Role.LEAD, Role.HELPDESK, Role.ADMIN)) {
                for (int i = 0; i < 200; i++) {
                    String name = "load-" + role.name().toLowerCase() + "-" + i;
                    if (jdbc.queryForObject("select count(*) from tracker_user where username = ?", Integer.class, name) == 0) {
                        users.create(name, "Load " + i, EnumSet.of(role), PASSWORD);
                        TestUsers.choseOwnPassword(jdbc, name);
                    }
                }
            }
        });
        var base = URI.create("http://localhost:" + port);
        var report = new ArrayList<String>();
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

        // heap per session: 0, 50 and 200 leads with the dashboard open
        var heapTimings = new Timings();
        long heap0 = heapAfterGc();
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
        }
        report.add(String.format("heap after GC, 200 sessions: %.2f MB/session with the driver's state trees, %.2f MB/session without",
                (heap200 - heap0) / 200 / 1e6, (heap200WithoutTrees - heap0) / 200 / 1e6));

        // load: 50 people ramping to 200 (40% leads, 40% helpdesk, 20% admins)
        var timings = new Timings();
        var pushes = new AtomicInteger();
        long cpuStart = os.getProcessCpuTime();
        long start = System.nanoTime();
        long end = start + (RAMP_SECONDS + HOLD_SECONDS) * 1_000_000_000L;
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
        double seconds = (System.nanoTime() - start) / 1e9;
        report.add(String.format("process CPU: %.0f%% of one core over %.0f s; pushes received by 80 leads: %d (%.1f per lead)",
                (os.getProcessCpuTime() - cpuStart) / 1e9 / seconds * 100, seconds, pushes.get(), pushes.get() / 80.0));
        report.add(String.format("%-28s %7s %9s %9s %9s", "action", "count", "p50 ms", "p95 ms", "max ms"));
        timings.rows().forEach(row -> report.add(String.format("%-28s %7d %9.1f %9.1f %9.1f", row.action(), row.count(), row.p50(),
                row.p95(), row.max())));
        report.add("errors: " + timings.errors().size() + (timings.errors().isEmpty() ? "" : " " + timings.errors().subList(0,
                Math.min(10, timings.errors().size()))));
        String text = "=== Load through the UI: " + MAILBOXES + " mailboxes, 50 -> 200 people ===\n" + String.join("\n", report) + "\n";
        System.out.println(text);
        Files.writeString(Path.of("target/load.md"), text);
        assertThat(timings.errors()).isEmpty();
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
                    People.helpdeskLooksUp(tab, timings, "User " + random.nextInt(MAILBOXES));
                    tab.navigate("lookup");
                    Thread.sleep(2_000 + random.nextInt(3_000));
                }
            } else {
                var tab = driver.signedIn("load-admin-" + n, PASSWORD);
                tab.open("dashboard");
                boolean grant = true;
                while (System.nanoTime() < end) {
                    People.adminRunsBulkAction(tab, timings, "user" + random.nextInt(MAILBOXES / 10), 3, grant);
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
