package org.migrationtracker.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.migrationtracker.ApiCalls;
import org.migrationtracker.Application;
import org.migrationtracker.live.PgEventRelay;
import org.migrationtracker.security.TrackerUserService;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real stop and start of PostgreSQL under a running tracker (its own server on a fixed port and data directory,
 * its own application context on it): while it is down the API answers 503 with Retry-After; once it is back the
 * API and the live-update listener work again without a restart. Prints the recovery times (README, docs/adr/0037).
 */
class DatabaseRestartTest {

    private static final Duration PATIENCE = Duration.ofSeconds(90);
    private static Path directory;
    private static int port;
    private static EmbeddedPostgres postgres;
    private static ConfigurableApplicationContext app;
    private static SecurityContextHolderStrategy strategyOfShared;

    @BeforeAll
    static void start() throws IOException {
        directory = Files.createTempDirectory("restart-pg");
        try (var socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        postgres = server();
        strategyOfShared = SecurityContextHolder.getContextHolderStrategy();
        app = new SpringApplicationBuilder(Application.class)
                .profiles("test")
                .properties("server.port=0", "spring.jmx.enabled=false", "tracker.instance-name=restart",
                        "spring.datasource.url=jdbc:postgresql://localhost:" + port + "/postgres",
                        "spring.datasource.username=postgres", "spring.datasource.password=")
                .run();
        // with this context's own security context strategy, which its services check
        ApiCalls.ensureUsers(app.getBean(TrackerUserService.class), app.getBean(JdbcTemplate.class));
        SecurityContextHolder.setContextHolderStrategy(strategyOfShared);
    }

    private static EmbeddedPostgres server() throws IOException {
        return EmbeddedPostgres.builder().setDataDirectory(directory).setCleanDataDirectory(false).setPort(port)
                .setRegisterShutdownHook(false).setPGStartupWait(Duration.ofSeconds(60)).start();
    }

    @AfterAll
    static void stop() throws IOException {
        if (app != null) {
            app.close();
        }
        SecurityContextHolder.setContextHolderStrategy(strategyOfShared);
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void while_postgresql_restarts_the_api_says_retry_and_afterwards_api_and_live_updates_work_again() throws Exception {
        var api = new ApiCalls(((WebServerApplicationContext) app).getWebServer().getPort());
        var relay = app.getBean(PgEventRelay.class);
        assertThat(api.send("api-admin", "GET", "/api/v1/mailboxes", null, null).statusCode()).isEqualTo(200);
        awaitListening(relay);
        long reconnectsBefore = relay.reconnectCount();

        postgres.close();
        postgres = null;
        HttpResponse<String> down = api.send("api-admin", "GET", "/api/v1/mailboxes", null, null);
        assertThat(down.statusCode()).isEqualTo(503);
        assertThat(down.headers().firstValue("Retry-After")).contains(Integer.toString(DatabaseUnavailable.RETRY_AFTER_SECONDS));
        assertThat(down.body()).contains("\"message\"").contains("database is unavailable");

        postgres = server();
        long back = System.nanoTime();
        long firstCall = 0;
        long deadline = back + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            if (api.send("api-admin", "GET", "/api/v1/mailboxes", null, null).statusCode() == 200) {
                firstCall = System.nanoTime();
                break;
            }
            Thread.sleep(100);
        }
        assertThat(firstCall).as("an API call succeeds again without restarting the tracker").isPositive();

        long receivedBefore = relay.receivedCount();
        long notified = 0;
        try (var other = DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/postgres", "postgres", "")) {
            while (System.nanoTime() < deadline && notified == 0) {
                // as another instance would send it: the listener delivers it once it has reconnected
                try (var notify = other.prepareStatement("select pg_notify('tracker_events', ?)")) {
                    notify.setString(1, "{\"i\":\"another-instance\",\"t\":\"org.migrationtracker.live.LiveResync\","
                            + "\"b\":{\"reason\":\"restart test\"}}");
                    notify.execute();
                }
                Thread.sleep(100);
                if (relay.receivedCount() > receivedBefore) {
                    notified = System.nanoTime();
                }
            }
        }
        assertThat(notified).as("a live notification arrives again").isPositive();
        assertThat(relay.reconnectCount()).isGreaterThan(reconnectsBefore);
        System.out.printf("Recovery after PostgreSQL accepts connections again: first successful API call after %d ms, "
                        + "first live notification after %d ms%n",
                (firstCall - back) / 1_000_000, (notified - back) / 1_000_000);
    }

    private static void awaitListening(PgEventRelay relay) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!relay.isListening() && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(relay.isListening()).isTrue();
    }
}
