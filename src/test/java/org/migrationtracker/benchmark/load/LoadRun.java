package org.migrationtracker.benchmark.load;

import org.migrationtracker.benchmark.Organisation;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The simulated people, in a JVM of their own so that their CPU, allocations and collections are not the server's
 * (docs/adr/0045). {@link DriverProcess} starts it and tells it, one line at a time on its standard input, what to do;
 * it answers on its standard output with lines that start with {@link #MARK}:
 * <ul>
 *   <li>{@code leads N}: N more leads sign in and open the dashboard; answers {@code opened <total>}.</li>
 *   <li>{@code close}: those leads' tabs are closed; answers {@code closed}.</li>
 *   <li>{@code run}: 50 people at once ramping to 200 for the ramp, then the hold; answers {@code hold} when the hold
 *   starts, then the report's lines as {@code report <line>}, {@code errors <count>} and {@code done}.</li>
 * </ul>
 * Arguments: the app's base URI, the number of mailboxes, the ramp and the hold in seconds.
 */
public final class LoadRun {

    static final String MARK = "load> ";

    private final URI base;
    private final int mailboxes;
    private final long rampSeconds;
    private final long holdSeconds;

    private LoadRun(URI base, int mailboxes, long rampSeconds, long holdSeconds) {
        this.base = base;
        this.mailboxes = mailboxes;
        this.rampSeconds = rampSeconds;
        this.holdSeconds = holdSeconds;
    }

    public static void main(String[] args) throws Exception {
        var run = new LoadRun(URI.create(args[0]), Integer.parseInt(args[1]), Long.parseLong(args[2]), Long.parseLong(args[3]));
        var commands = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        LoadDriver leads = null;
        var leadTimings = new Timings();
        var pushes = new AtomicInteger();
        int opened = 0;
        for (String command; (command = commands.readLine()) != null; ) {
            if (command.startsWith("leads ")) {
                if (leads == null) {
                    leads = new LoadDriver(run.base, leadTimings);
                }
                for (int i = 0, n = Integer.parseInt(command.substring(6)); i < n; i++, opened++) {
                    People.leadOpensDashboard(leads.signedIn("load-lead-" + opened, UiLoadBenchmark.PASSWORD), leadTimings, pushes);
                }
                say("opened " + opened);
            } else if (command.equals("close")) {
                if (leads != null) {
                    leads.close();
                }
                leadTimings.errors().forEach(error -> say("report error while opening dashboards: " + error));
                say("closed");
            } else if (command.equals("run")) {
                run.load();
                say("done");
                return;
            }
        }
    }

    private void load() throws InterruptedException {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        var timings = new Timings();
        var pushes = new AtomicInteger();
        long cpuStart = os.getProcessCpuTime();
        long start = System.nanoTime();
        long end = start + (rampSeconds + holdSeconds) * 1_000_000_000L;
        long holdFrom = start + rampSeconds * 1_000_000_000L;
        long[] holdCpu = new long[1];
        var hold = Thread.ofVirtual().start(() -> {
            try {
                Thread.sleep(Math.max(0, (holdFrom - System.nanoTime()) / 1_000_000));
                holdCpu[0] = os.getProcessCpuTime();
                say("hold");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        try (var driver = new LoadDriver(base, timings)) {
            var people = new ArrayList<Thread>();
            for (int i = 0; i < 200; i++) {
                if (i >= 50) {
                    Thread.sleep(rampSeconds * 1000 / 150);
                }
                int n = i;
                people.add(Thread.ofVirtual().start(() -> person(driver, timings, pushes, n, end)));
            }
            for (var person : people) {
                person.join();
            }
        }
        hold.join();
        double seconds = (System.nanoTime() - start) / 1e9;
        double held = (System.nanoTime() - holdFrom) / 1e9;
        var report = new ArrayList<String>();
        report.add(String.format("driver JVM CPU: %.0f%% of one core over %.0f s, %.0f%% in the hold; pushes received by 80 leads: %d (%.1f per lead)",
                (os.getProcessCpuTime() - cpuStart) / 1e9 / seconds * 100, seconds,
                (os.getProcessCpuTime() - holdCpu[0]) / 1e9 / held * 100, pushes.get(), pushes.get() / 80.0));
        report.add("ramp (" + rampSeconds + " s: 50 people at once, then one more every " + rampSeconds * 1000 / 150
                + " ms until 200, each signing in first):");
        table(report, timings.rows(start, holdFrom));
        report.add("hold (" + holdSeconds + " s: 200 people signed in):");
        table(report, timings.rows(holdFrom, Long.MAX_VALUE));
        var errors = timings.errors();
        report.add("errors: " + errors.size() + (errors.isEmpty() ? "" : " " + errors.subList(0, Math.min(10, errors.size()))));
        report.forEach(line -> say("report " + line));
        say("errors " + errors.size());
    }

    private static void table(List<String> report, List<Timings.Row> rows) {
        report.add(String.format("  %-28s %7s %9s %9s %9s", "action", "count", "p50 ms", "p95 ms", "max ms"));
        rows.forEach(row -> report.add(String.format("  %-28s %7d %9.1f %9.1f %9.1f", row.action(), row.count(), row.p50(),
                row.p95(), row.max())));
    }

    private void person(LoadDriver driver, Timings timings, AtomicInteger pushes, int n, long end) {
        var random = ThreadLocalRandom.current();
        try {
            if (n % 5 < 2) {
                People.leadOpensDashboard(driver.signedIn("load-lead-" + n, UiLoadBenchmark.PASSWORD), timings, pushes);
            } else if (n % 5 < 4) {
                var tab = driver.signedIn("load-helpdesk-" + n, UiLoadBenchmark.PASSWORD);
                timings.time("helpdesk: open lookup", () -> tab.open("lookup"));
                while (System.nanoTime() < end) {
                    People.helpdeskLooksUp(tab, timings, Organisation.displayName(random.nextInt(mailboxes)));
                    tab.navigate("lookup");
                    Thread.sleep(2_000 + random.nextInt(3_000));
                }
            } else {
                var tab = driver.signedIn("load-admin-" + n, UiLoadBenchmark.PASSWORD);
                tab.open("dashboard");
                boolean grant = true;
                while (System.nanoTime() < end) {
                    People.adminRunsBulkAction(tab, timings, Organisation.alias(random.nextInt(mailboxes)), 3, grant);
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

    private static synchronized void say(String line) {
        System.out.println(MARK + line);
        System.out.flush();
    }
}
