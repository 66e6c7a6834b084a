package org.migrationtracker.operations;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.migrationtracker.ApiCalls;
import org.migrationtracker.IntegrationTest;
import org.migrationtracker.mailbox.MailboxTestData;
import org.migrationtracker.security.TrackerUserService;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.migrationtracker.live.PgEventRelay;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.info.BuildProperties;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.env.Environment;

import javax.sql.DataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The start-up line names the version, the database (without its parameters) and the relay instance; and without an
 * OTLP endpoint, as every shared-context test runs, no request is traced.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class StartupReportTest {

    @Autowired DataSource dataSource;
    @Autowired PgEventRelay relay;
    @Autowired ObjectProvider<BuildProperties> build;
    @Autowired Environment environment;
    @Autowired TrackerUserService users;
    @Autowired JdbcTemplate jdbc;
    @LocalServerPort int port;

    @Test
    void without_an_otlp_endpoint_a_request_has_no_trace_id_in_its_log_line(CapturedOutput output) throws Exception {
        MailboxTestData.clear(jdbc);
        ApiCalls.ensureUsers(users, jdbc);

        var answer = new ApiCalls(port).send("api-admin", "POST", "/api/v1/mailboxes/import?fileName=untraced.csv", "text/csv",
                "PrimarySmtpAddress\r\nuntraced@contoso.com\r\n");

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(environment.getProperty("management.opentelemetry.enabled", Boolean.class)).isFalse();
        String line = output.getOut().lines().filter(l -> l.contains("inventory import imported: 1 rows")).findFirst().orElseThrow();
        assertThat(line).doesNotContainPattern("[0-9a-f]{32}");
    }

    @Test
    void it_says_the_version_the_database_the_relay_instance_and_that_tracing_is_off(CapturedOutput output) {
        new StartupReport(dataSource, relay, build, environment).report();

        String version = build.getObject().getVersion();
        assertThat(version).isNotBlank();
        assertThat(output.getOut()).contains("Migration Tracker " + version + " ready: database PostgreSQL 18.",
                " at jdbc:postgresql://localhost:", " as postgres (embedded);",
                "live updates relayed as instance " + relay.instance() + " on PostgreSQL channel tracker_events",
                "tracing off (no OTLP endpoint)");
        assertThat(output.getOut().lines().filter(line -> line.contains("Migration Tracker " + version + " ready")))
                .isNotEmpty().allSatisfy(line -> assertThat(line).doesNotContain("?"));
    }
}
