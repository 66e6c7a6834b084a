package org.migrationtracker.browser;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.migrationtracker.live.PgEventRelay;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.migrationtracker.IntegrationTest;
import org.migrationtracker.TestUsers;
import org.migrationtracker.security.Role;
import org.migrationtracker.security.TrackerUserService;
import org.migrationtracker.security.session.SecondInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

import javax.sql.DataSource;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * compose.yaml's topology without containers: two tracker instances on one PostgreSQL behind Caddy with the very
 * Caddyfile the compose file mounts (deploy/Caddyfile). Through the proxy a browser stays signed in on its instance
 * request after request (sticky sessions), Vaadin's push runs over a WebSocket, and a change on one instance reaches
 * a browser on the other. Caddy is Debian's package, which .ci/run installs.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class ProxyTopologyTest {

    private static final Browser browser = Browser.shared();
    private static final Path CADDY = Path.of(System.getenv().getOrDefault("CADDY_PATH", "/usr/bin/caddy"));
    private static SecondInstance instanceB;
    private static Process proxy;

    @LocalServerPort int portA;
    @Autowired DataSource dataSource;
    @Autowired JdbcTemplate jdbc;
    @Autowired TrackerUserService users;
    @Autowired MeterRegistry metersA;
    @Autowired SecurityContextHolderStrategy securityA;

    @AfterAll
    static void stopAll() {
        if (proxy != null) {
            proxy.destroy();
            proxy = null;
        }
        if (instanceB != null) {
            instanceB.close();
            instanceB = null;
        }
    }

    private int startProxy(int portA, int portB) throws Exception {
        assertThat(CADDY).as("Debian's caddy package (.ci/run installs it) or CADDY_PATH").isExecutable();
        int port;
        try (var free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Path home = Files.createTempDirectory("caddy");
        var command = new ProcessBuilder(CADDY.toString(), "run", "--config", Path.of("deploy", "Caddyfile").toAbsolutePath().toString(),
                "--adapter", "caddyfile")
                .redirectErrorStream(true).redirectOutput(home.resolve("caddy.log").toFile());
        command.environment().put("TRACKER_UPSTREAMS", "127.0.0.1:" + portA + " 127.0.0.1:" + portB);
        command.environment().put("PROXY_PORT", Integer.toString(port));
        command.environment().put("HOME", home.toString());
        command.environment().put("XDG_DATA_HOME", home.toString());
        command.environment().put("XDG_CONFIG_HOME", home.toString());
        proxy = command.start();
        long deadline = System.currentTimeMillis() + 20_000;
        while (System.currentTimeMillis() < deadline) {
            try (var socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return port;
            } catch (IOException notYet) {
                assertThat(proxy.isAlive()).as(Files.readString(home.resolve("caddy.log"))).isTrue();
                Thread.sleep(100);
            }
        }
        throw new AssertionError("Caddy did not listen on " + port + ": " + Files.readString(home.resolve("caddy.log")));
    }

    private static double sessions(MeterRegistry meters) {
        return meters.get("tracker.sessions.signed-in").gauge().value();
    }

    /** A browser signed in through the proxy, with the instance it landed on: A or B, by whose sessions grew. */
    private record Landed(BrowserContext context, Page page, boolean onA, List<String> webSockets) {
    }

    private Landed signInThroughProxy(int proxyPort, MeterRegistry metersB) {
        double a = sessions(metersA);
        double b = sessions(metersB);
        var context = browser.newContext();
        var webSockets = new CopyOnWriteArrayList<String>();
        context.onPage(page -> page.onWebSocket(socket -> webSockets.add(socket.url())));
        Page page = Browser.signedInAsAdmin(context, proxyPort);
        page.navigate("http://localhost:" + proxyPort + "/admin/users");
        page.locator("#user-admin-view vaadin-grid").waitFor();
        boolean onA = sessions(metersA) > a;
        boolean onB = sessions(metersB) > b;
        assertThat(onA ^ onB).as("signed in on exactly one instance").isTrue();
        return new Landed(context, page, onA, webSockets);
    }

    private void createUserThroughA(String name) {
        var context = securityA.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "admin", "", AuthorityUtils.createAuthorityList("ROLE_ADMIN")));
        securityA.setContext(context);
        try {
            users.create(name, "Proxied " + name, EnumSet.of(Role.LEAD), "a-long-password");
            TestUsers.choseOwnPassword(jdbc, name);
        } finally {
            securityA.clearContext();
        }
    }

    @Test
    void through_caddy_a_session_stays_on_its_instance_push_uses_a_websocket_and_changes_cross_instances(CapturedOutput output)
            throws Exception {
        instanceB = new SecondInstance(dataSource, "tracker.instance-name=instance-b");
        int portB = instanceB.port();
        MeterRegistry metersB = instanceB.bean(MeterRegistry.class);
        int proxyPort = startProxy(portA, portB);
        var health = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + proxyPort + "/actuator/health")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(health.statusCode()).isEqualTo(200);
        var metrics = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + proxyPort
                + "/actuator/prometheus")).header("Authorization", "Bearer test-scrape-token").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(metrics.statusCode()).as("metrics are scraped from each instance, not through the proxy").isEqualTo(404);

        var opened = new ArrayList<Landed>();
        try {
            // new browsers are spread over the instances; sign in until one is on each
            Landed onA = null;
            Landed onB = null;
            for (int i = 0; i < 12 && (onA == null || onB == null); i++) {
                var landed = signInThroughProxy(proxyPort, metersB);
                opened.add(landed);
                if (landed.onA() && onA == null) {
                    onA = landed;
                } else if (!landed.onA() && onB == null) {
                    onB = landed;
                }
            }
            assertThat(onA).as("a browser on instance A").isNotNull();
            assertThat(onB).as("a browser on instance B").isNotNull();

            // sticky: request after request, the session is still there (each instance holds only its own sessions)
            for (int i = 0; i < 6; i++) {
                for (var landed : List.of(onA, onB)) {
                    landed.page().reload();
                    landed.page().locator("#user-admin-view vaadin-grid").waitFor();
                    assertThat(landed.page().url()).doesNotContain("/login");
                }
            }
            assertThat(metersB.get("tracker.ui.open").gauge().value()).as("instance B, fresh, counts the tabs open on it").isPositive();
            assertThat(onB.webSockets()).as("Vaadin push through the proxy").anySatisfy(url -> assertThat(url).contains("/VAADIN/push"));

            // a change on instance A appears in the browser on instance B, and one typed on B in the browser on A
            String fromA = "pa" + UUID.randomUUID().toString().substring(0, 8);
            createUserThroughA(fromA);
            onB.page().locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText(fromA))
                    .first().waitFor(new Locator.WaitForOptions().setTimeout(10_000));

            String typedOnB = "pb" + UUID.randomUUID().toString().substring(0, 8);
            Page pageB = onB.page();
            pageB.locator("#add-user").click();
            pageB.locator("#user-username input").fill(typedOnB);
            pageB.locator("#user-display-name input").fill("Typed Behind The Proxy");
            pageB.locator("#user-roles vaadin-checkbox").filter(new Locator.FilterOptions().setHasText("Project lead"))
                    .locator("input").check();
            pageB.locator("#user-password input").fill("a-long-password");
            pageB.locator("#save-user").click();
            onA.page().locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText(typedOnB))
                    .first().waitFor(new Locator.WaitForOptions().setTimeout(10_000));
            // instance A's log names instance B the first time it hears from it on the relay
            assertThat(output.getOut()).contains("Live updates: heard instance " + instanceB.bean(PgEventRelay.class).instance());
        } finally {
            opened.forEach(landed -> landed.context().close());
        }
    }
}
