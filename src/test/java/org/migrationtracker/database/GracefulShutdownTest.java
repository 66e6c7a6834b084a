package org.migrationtracker.database;

import org.junit.jupiter.api.Test;
import org.migrationtracker.browser.Browser;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SIGTERM to the tracker as a process of its own (the test classpath, {@link ShutdownProbe}): it stops within the
 * documented time, a running request finishes, and the embedded PostgreSQL stops last, after the web server drained
 * and the pool closed. Prints the shutdown times (README, docs/adr/0037).
 */
class GracefulShutdownTest {

    private static final Duration START_PATIENCE = Duration.ofSeconds(240);
    /** spring.lifecycle.timeout-per-shutdown-phase (10 s) plus closing the pool and PostgreSQL, on a loaded machine. */
    private static final Duration SHUTDOWN_LIMIT = Duration.ofSeconds(20);
    private static final Pattern PORT = Pattern.compile("Tomcat started on port (\\d+)");

    @Test
    void an_idle_tracker_stops_within_seconds_and_postgresql_stops_after_the_pool() throws Exception {
        try (var app = Tracker.start()) {
            long stopped = app.terminate();

            assertThat(Duration.ofNanos(stopped)).isLessThan(SHUTDOWN_LIMIT);
            app.assertDatabaseStoppedLast();
            System.out.printf("Idle tracker stopped %d ms after SIGTERM%n", stopped / 1_000_000);
        }
    }

    @Test
    void a_request_running_at_sigterm_finishes_with_the_database_before_the_pool_and_postgresql_stop() throws Exception {
        try (var app = Tracker.start()) {
            var answer = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().sendAsync(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + app.port + "/slow-request")).build(), HttpResponse.BodyHandlers.ofString());
            app.awaitLog("slow request started");
            long stopped = app.terminate();

            HttpResponse<String> response;
            try {
                response = answer.get(30, TimeUnit.SECONDS);
            } catch (java.util.concurrent.ExecutionException failed) {
                throw new AssertionError("the running request got no answer; the tracker's log:\n" + app.logText(), failed);
            }
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).startsWith("done ");
            assertThat(Duration.ofNanos(stopped)).isLessThan(SHUTDOWN_LIMIT);
            app.assertInOrder("slow request finished", "Graceful shutdown complete");
            app.assertDatabaseStoppedLast();
            System.out.printf("Tracker with a %d s request in flight stopped %d ms after SIGTERM; the request finished%n",
                    ShutdownProbe.SLOW.toSeconds(), stopped / 1_000_000);
        }
    }

    @Test
    void an_open_browser_tab_with_its_push_connection_does_not_hold_the_shutdown_up() throws Exception {
        try (var app = Tracker.start(); var context = Browser.shared().newContext()) {
            var push = new CompletableFuture<String>();
            var page = context.newPage();
            page.setDefaultTimeout(60_000);
            page.onWebSocket(socket -> push.complete(socket.url()));
            page.navigate("http://localhost:" + app.port + "/login");
            page.waitForFunction("() => window.Vaadin && window.Vaadin.connectionIndicator");
            page.waitForTimeout(2_000); // the push connection opens once the page has loaded
            String transport = push.isDone() ? "push over WebSocket " + push.get() : "no WebSocket seen";
            long stopped = app.terminate();

            assertThat(Duration.ofNanos(stopped)).as("well below the 10 s a held request would take")
                    .isLessThan(Duration.ofSeconds(8));
            app.assertDatabaseStoppedLast();
            System.out.printf("Tracker with an open browser tab (%s) stopped %d ms after SIGTERM%n", transport,
                    stopped / 1_000_000);
        }
    }

    private static final class Tracker implements AutoCloseable {
        private final Process process;
        private final Path log;
        int port;

        private Tracker(Process process, Path log) {
            this.process = process;
            this.log = log;
        }

        static Tracker start() throws IOException, InterruptedException {
            Path log = Files.createTempFile("shutdown-probe", ".log");
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            var process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                    ShutdownProbe.class.getName(), "--spring.profiles.active=test", "--server.port=0",
                    "--spring.jmx.enabled=false")
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            var tracker = new Tracker(process, log);
            tracker.port = Integer.parseInt(tracker.awaitLog(PORT).group(1));
            tracker.awaitLog(Pattern.compile("Started \\w+ in"));
            return tracker;
        }

        java.util.regex.Matcher awaitLog(Pattern pattern) throws IOException, InterruptedException {
            long deadline = System.nanoTime() + START_PATIENCE.toNanos();
            while (System.nanoTime() < deadline) {
                var matcher = pattern.matcher(Files.readString(log));
                if (matcher.find()) {
                    return matcher;
                }
                assertThat(process.isAlive()).as("the tracker runs; its log:%n%s", Files.readString(log)).isTrue();
                Thread.sleep(200);
            }
            throw new AssertionError("no " + pattern + " in the log:\n" + Files.readString(log));
        }

        void awaitLog(String text) throws IOException, InterruptedException {
            awaitLog(Pattern.compile(Pattern.quote(text)));
        }

        /** SIGTERM; nanoseconds until the process ended. */
        long terminate() throws InterruptedException {
            long started = System.nanoTime();
            process.destroy();
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the tracker ends after SIGTERM").isTrue();
            return System.nanoTime() - started;
        }

        String logText() throws IOException {
            return Files.readString(log);
        }

        void assertDatabaseStoppedLast() throws IOException {
            assertInOrder("Graceful shutdown complete", "tracker - Shutdown completed", "Embedded PostgreSQL stopped");
        }

        void assertInOrder(String... lines) throws IOException {
            String text = Files.readString(log);
            int previous = -1;
            for (String line : List.of(lines)) {
                int at = text.indexOf(line);
                assertThat(at).as("'%s' after the one before it in the log:%n%s", line, text).isGreaterThan(previous);
                previous = at;
            }
        }

        @Override
        public void close() throws IOException, InterruptedException {
            if (process.isAlive()) {
                // SIGTERM first: a killed tracker would leave its embedded PostgreSQL running
                process.destroy();
                if (!process.waitFor(60, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            }
            Files.deleteIfExists(log);
        }
    }
}
