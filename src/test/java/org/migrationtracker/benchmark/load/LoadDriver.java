package org.migrationtracker.benchmark.load;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The simulated browsers: one HTTP client for all of them (each tab keeps its own cookies), and the heartbeat every
 * open tab sends every 15 s ({@code vaadin.heartbeatInterval}), without which the server closes a quiet UI after
 * three missed beats.
 */
final class LoadDriver implements AutoCloseable {

    static final Duration HEARTBEAT = Duration.ofSeconds(15);

    private final URI base;
    private final Timings timings;
    private final HttpClient http;
    private final List<UidlSession> tabs = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService heartbeats = Executors.newSingleThreadScheduledExecutor(Thread.ofVirtual().factory());

    LoadDriver(URI base, Timings timings) {
        this.base = base;
        this.timings = timings;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10)).executor(Executors.newVirtualThreadPerTaskExecutor()).build();
        heartbeats.scheduleAtFixedRate(this::beat, HEARTBEAT.toMillis(), HEARTBEAT.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** A new tab of a person who signed in through the sign-in form. */
    UidlSession signedIn(String username, String password) {
        var tab = new UidlSession(http, base, timings::error);
        timings.time("sign in", () -> tab.signIn(username, password));
        tabs.add(tab);
        return tab;
    }

    private void beat() {
        for (var tab : tabs) {
            Thread.ofVirtual().start(() -> {
                try {
                    tab.heartbeat();
                } catch (RuntimeException failed) {
                    // already counted as an error by the tab
                }
            });
        }
    }

    @Override
    public void close() {
        heartbeats.shutdownNow();
        tabs.forEach(UidlSession::closePush);
        http.close();
    }
}
