package org.migrationtracker.operations;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.migrationtracker.ApiCalls;
import org.migrationtracker.mailbox.MailboxTestData;
import org.migrationtracker.security.TrackerUserService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * With an OTLP endpoint configured, requests are traced: the spans reach the endpoint, and a log line written while
 * a request is served carries its trace id. (A context of its own: every other test runs with tracing off, as the
 * tracker does without an endpoint. Vaadin installs each context's security context strategy globally: the shared
 * test context gets its own back when this one is closed.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"logging.structured.format.console=ecs",
                "management.opentelemetry.tracing.export.schedule-delay=100ms",
                // a property, not a dynamic one: the tracing switch decides before dynamic properties are added
                "management.opentelemetry.tracing.export.otlp.endpoint=http://127.0.0.1:${tracing-test.collector-port}/v1/traces"})
@ActiveProfiles("test")
@ExtendWith(OutputCaptureExtension.class)
@DirtiesContext
class TracingTest {

    /** The strategy before this class's context installed its own: the shared context's, if it was started. */
    private static final SecurityContextHolderStrategy strategyBefore = SecurityContextHolder.getContextHolderStrategy();

    private static final HttpServer collector;
    private static final CopyOnWriteArrayList<String> received = new CopyOnWriteArrayList<>();

    static {
        try {
            collector = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        collector.createContext("/v1/traces", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            received.add(exchange.getRequestMethod() + " " + exchange.getRequestHeaders().getFirst("Content-Type") + " " + body.length);
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        collector.start();
        System.setProperty("tracing-test.collector-port", Integer.toString(collector.getAddress().getPort()));
    }

    @AfterAll
    static void stop() {
        collector.stop(0);
        System.clearProperty("tracing-test.collector-port");
        SecurityContextHolder.setContextHolderStrategy(strategyBefore);
    }

    @LocalServerPort int port;
    @Autowired TrackerUserService users;
    @Autowired JdbcTemplate jdbc;

    @Test
    void an_api_calls_spans_reach_the_collector_and_its_log_line_has_the_trace_id(CapturedOutput output) throws Exception {
        MailboxTestData.clear(jdbc);
        ApiCalls.ensureUsers(users, jdbc);

        var answer = new ApiCalls(port).send("api-admin", "POST", "/api/v1/mailboxes/import?fileName=traced.csv", "text/csv",
                "PrimarySmtpAddress\r\ntraced@contoso.com\r\n");

        assertThat(answer.statusCode()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(20)).until(() -> !received.isEmpty());
        assertThat(received.getFirst()).startsWith("POST application/x-protobuf");
        String line = output.getOut().lines().filter(l -> l.contains("inventory import imported: 1 rows"))
                .findFirst().orElseThrow();
        assertThat(Pattern.compile("\"(trace\\.id|traceId)\":\"[0-9a-f]{32}\"").matcher(line).find()).as(line).isTrue();
    }
}
