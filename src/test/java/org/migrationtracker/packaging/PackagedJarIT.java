package org.migrationtracker.packaging;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import org.migrationtracker.browser.Browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What {@code ./mvnw package} builds, started as a user starts it ({@code java -jar}): in Vaadin's production mode,
 * without the development server in the jar, answering {@code /actuator/health} and the sign-in page (issue 17).
 * Run by failsafe after the package phase ({@code ./mvnw verify}).
 */
class PackagedJarIT {

    private static final Duration START = Duration.ofMinutes(3);

    @TempDir Path data;

    @Test
    void the_packaged_jar_is_a_production_build_that_starts_and_answers_health() throws Exception {
        Path jar = packagedJar();
        try (var file = new JarFile(jar.toFile())) {
            assertThat(file.stream().map(e -> e.getName()).filter(n -> n.startsWith("BOOT-INF/lib/vaadin-dev")))
                    .as("the development server is left out of the jar").isEmpty();
            // Spring Boot's jar keeps the classes' META-INF at its root
            var token = file.getEntry("META-INF/VAADIN/config/flow-build-info.json");
            assertThat(token).as("Vaadin's build token").isNotNull();
            String json = new String(file.getInputStream(token).readAllBytes(), StandardCharsets.UTF_8);
            assertThat(json).as("the build token").containsPattern("\"productionMode\"\\s*:\\s*true");
        }
        int port = freePort();
        Path log = data.resolve("app.log");
        var app = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString(), "--server.port=" + port))
                .redirectErrorStream(true).redirectOutput(log.toFile());
        app.environment().put("TRACKER_DATA_DIR", data.resolve("postgres").toString());
        app.environment().put("APP_ADMIN_PASSWORD", "Packaged-jar-secret-17");
        app.environment().remove("SPRING_DATASOURCE_URL");
        var process = app.start();
        try {
            var http = HttpClient.newHttpClient();
            long started = System.nanoTime();
            HttpResponse<String> health = null;
            while (System.nanoTime() - started < START.toNanos() && process.isAlive()) {
                try {
                    health = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
                            .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                    if (health.statusCode() == 200) {
                        break;
                    }
                } catch (IOException notYet) {
                    // not listening yet
                }
                Thread.sleep(500);
            }
            assertThat(health).as("an answer from /actuator/health; the app's log:%n%s", tail(log)).isNotNull();
            assertThat(health.statusCode()).as(tail(log)).isEqualTo(200);
            assertThat(health.body()).contains("\"status\":\"UP\"");
            System.out.printf("The packaged jar answered /actuator/health after %.1f s%n", (System.nanoTime() - started) / 1e9);

            var login = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(login.statusCode()).isEqualTo(200);
            assertThat(login.body()).as("the production bundle, not the development server's")
                    .contains("VAADIN/build/").doesNotContain("@vite/client");
            assertThat(Files.readString(log)).as("the app's log").doesNotContain("vaadin-dev-server")
                    .doesNotContainIgnoringCase("running in development mode");
            everyScreenRendersFromTheProductionBundle(port);
        } finally {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    @Test
    void the_training_run_of_the_images_aot_cache_stops_by_itself_with_the_embedded_database() throws Exception {
        Path log = data.resolve("training.log");
        var training = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dtracker.training-run=true", "-jar", packagedJar().toString(), "--server.port=" + freePort()))
                .redirectErrorStream(true).redirectOutput(log.toFile());
        training.environment().put("TRACKER_DATA_DIR", data.resolve("training-db").toString());
        training.environment().put("APP_ADMIN_PASSWORD", "Packaged-jar-secret-17");
        training.environment().remove("SPRING_DATASOURCE_URL");
        var process = training.start();
        boolean exited = process.waitFor(START.toSeconds(), TimeUnit.SECONDS);
        if (!exited) {
            process.destroyForcibly();
        }

        assertThat(exited).as("the training run stopped by itself; its log:%n%s", tail(log)).isTrue();
        assertThat(process.exitValue()).as(tail(log)).isZero();
        assertThat(Files.readString(log)).contains("Training run: ready, stopping", "Embedded PostgreSQL stopped");
    }

    /**
     * Every screen, opened in a real browser as the admin, has each of its Vaadin components defined and the browser
     * reports no error: a production bundle that lacks a component (a stale committed bundle once lacked
     * vaadin-details) leaves it an undefined, empty element.
     */
    private static void everyScreenRendersFromTheProductionBundle(int port) {
        var problems = new ArrayList<String>();
        try (BrowserContext context = Browser.shared().newContext()) {
            context.onPage(page -> page.onConsoleMessage(message -> {
                if ("error".equals(message.type())) {
                    problems.add(page.url() + ": " + message.text());
                }
            }));
            Page page = Browser.signedIn(context, port, "admin", "Packaged-jar-secret-17", "dashboard");
            for (String route : List.of("dashboard", "lookup", "mailboxes", "batches", "plan", "project", "admin/users",
                    "admin/sessions", "admin/security-log", "account", "account/tokens", "notices")) {
                page.navigate("http://localhost:" + port + "/" + route);
                page.waitForLoadState(LoadState.NETWORKIDLE);
                page.locator("vaadin-app-layout").waitFor();
                undefinedComponents(page, route, problems);
                // the notices' sections attach when shown: show each (the templates' editor, the schedule's form)
                for (var section : page.locator(".notice-tab").all()) {
                    section.click();
                    page.waitForLoadState(LoadState.NETWORKIDLE);
                    undefinedComponents(page, route + " (" + section.textContent() + ")", problems);
                }
            }
        }
        assertThat(problems).as("screens in production mode").isEmpty();
    }

    private static void undefinedComponents(Page page, String where, List<String> problems) {
        // vaadin-grid-cell-content is a plain element by design: the grid's slot for a cell's content
        Object undefined = page.evaluate("() => [...new Set([...document.querySelectorAll(':not(:defined)')]"
                + ".map(e => e.localName).filter(n => n.startsWith('vaadin-') && n !== 'vaadin-grid-cell-content'))].join(' ')");
        if (!String.valueOf(undefined).isEmpty()) {
            problems.add(where + ": components the bundle lacks: " + undefined);
        }
    }

    private static Path packagedJar() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            var jars = files.filter(p -> p.getFileName().toString().matches("migration-tracker-.*\\.jar")).toList();
            assertThat(jars).as("the jar ./mvnw package built").hasSize(1);
            return jars.getFirst();
        }
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String tail(Path log) throws IOException {
        var lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }
}
