package org.migrationtracker.benchmark;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.migrationtracker.ApiCalls;
import org.migrationtracker.IntegrationTest;
import org.migrationtracker.mailbox.InventoryImportService;
import org.migrationtracker.mailbox.MailboxTestData;
import org.migrationtracker.security.TrackerUserService;
import org.migrationtracker.security.token.ApiTokenScope;
import org.migrationtracker.security.token.ApiTokenService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Prints requests/s and p95 for one mailbox looked up through the API ({@code GET /api/v1/mailboxes/{address}}) by
 * 1, 8 and 32 concurrent clients, signed in with a password (HTTP Basic: a bcrypt check on every call) and with an
 * API token (Bearer: a SHA-256 and one indexed look-up). Run with
 * {@code ./mvnw -Pbenchmark test -Dtest=ApiAuthenticationBenchmark}; the app answers on a real port.
 */
@Tag("benchmark")
@IntegrationTest
class ApiAuthenticationBenchmark {

    private static final Duration WARM_UP = Duration.ofSeconds(3);
    private static final Duration MEASURED = Duration.ofSeconds(10);
    private static final String PATH = "/api/v1/mailboxes/user42@contoso.com";

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;
    @Autowired TrackerUserService users;
    @Autowired InventoryImportService inventory;
    @Autowired ApiTokenService tokens;

    record Figures(String auth, int clients, int requests, double perSecond, double medianMillis, double p95Millis) {
    }

    @Test
    void tokens_versus_passwords() throws Exception {
        MailboxTestData.clear(jdbc);
        ApiCalls.ensureUsers(users, jdbc);
        var token = new AtomicReference<String>();
        MailboxTestData.asAdmin(() -> {
            inventory.importInventory("benchmark.csv", MailboxTestData.inventory(2_000, "Finance"));
            token.set(tokens.createFor("api-helpdesk", "benchmark " + System.nanoTime(), LocalDate.now().plusDays(1),
                    ApiTokenScope.READ_ONLY).secret());
        });
        String basic = "Basic " + Base64.getEncoder().encodeToString(("api-helpdesk:" + ApiCalls.PASSWORD).getBytes(StandardCharsets.UTF_8));
        String bearer = "Bearer " + token.get();

        var results = new ArrayList<Figures>();
        for (int clients : new int[]{1, 8, 32}) {
            results.add(run("Basic (password)", basic, clients));
            results.add(run("Bearer (token)", bearer, clients));
        }

        var lines = new ArrayList<String>();
        lines.add(String.format("%-18s %8s %10s %12s %11s %9s", "sign-in", "clients", "requests", "requests/s", "median ms", "p95 ms"));
        results.forEach(f -> lines.add(String.format("%-18s %8d %10d %12.1f %11.1f %9.1f", f.auth(), f.clients(), f.requests(),
                f.perSecond(), f.medianMillis(), f.p95Millis())));
        for (int i = 0; i < results.size(); i += 2) {
            lines.add(String.format("%d clients: tokens %.1f× the requests/s of passwords", results.get(i).clients(),
                    results.get(i + 1).perSecond() / results.get(i).perSecond()));
        }
        System.out.println("\n=== API sign-in: " + PATH + ", " + MEASURED.toSeconds() + " s per row ===\n"
                + String.join("\n", lines) + "\n");
        assertThat(results).allSatisfy(f -> assertThat(f.requests()).isPositive());
    }

    private Figures run(String auth, String header, int clients) throws Exception {
        drive(header, clients, WARM_UP);
        var latencies = drive(header, clients, MEASURED);
        Collections.sort(latencies);
        double median = latencies.get(latencies.size() / 2) / 1e6;
        double p95 = latencies.get((int) Math.ceil(latencies.size() * 0.95) - 1) / 1e6;
        return new Figures(auth, clients, latencies.size(), latencies.size() / (double) MEASURED.toSeconds(), median, p95);
    }

    /** Each client sends the same lookup again as soon as the last one answered, until the time is up. */
    private List<Long> drive(String header, int clients, Duration duration) throws Exception {
        long end = System.nanoTime() + duration.toNanos();
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + PATH)).header("Authorization", header).build();
        try (ExecutorService pool = Executors.newFixedThreadPool(clients)) {
            var futures = new ArrayList<Future<List<Long>>>();
            for (int c = 0; c < clients; c++) {
                futures.add(pool.submit(() -> {
                    var mine = new ArrayList<Long>();
                    try (var http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
                        while (System.nanoTime() < end) {
                            long start = System.nanoTime();
                            var response = http.send(request, HttpResponse.BodyHandlers.ofString());
                            if (response.statusCode() != 200) {
                                throw new IllegalStateException(response.statusCode() + " " + response.body());
                            }
                            mine.add(System.nanoTime() - start);
                        }
                    }
                    return mine;
                }));
            }
            var all = new ArrayList<Long>();
            for (var future : futures) {
                all.addAll(future.get());
            }
            return all;
        }
    }
}
