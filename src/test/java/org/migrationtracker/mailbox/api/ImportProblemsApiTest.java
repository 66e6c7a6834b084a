package org.migrationtracker.mailbox.api;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.migrationtracker.ApiCalls;
import org.migrationtracker.IntegrationTest;
import org.migrationtracker.mailbox.MailboxTestData;
import org.migrationtracker.security.TrackerUserService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A refused import says every problem in one answer, with line, column and reason; limits answer before the
 * database, or the memory, sees the file.
 */
@IntegrationTest
class ImportProblemsApiTest {

    private static final String HEADER = "PrimarySmtpAddress,DisplayName,Department\r\n";

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;
    @Autowired TrackerUserService users;

    @BeforeEach
    void setUp() {
        MailboxTestData.clear(jdbc);
        ApiCalls.ensureUsers(users, jdbc);
    }

    private HttpResponse<String> importInventory(String csv) throws IOException, InterruptedException {
        return new ApiCalls(port).send("api-admin", "POST", "/api/v1/mailboxes/import?fileName=inventory.csv", "text/csv", csv);
    }

    private int mailboxes() {
        return jdbc.queryForObject("select count(*) from mailbox", Integer.class);
    }

    /** Line 1 the header, then data lines 2 to 60, each given by what; line n holds user n. */
    private static String inventory(java.util.function.IntFunction<String> line) {
        var csv = new StringBuilder(HEADER);
        for (int n = 2; n <= 60; n++) {
            csv.append(line.apply(n)).append("\r\n");
        }
        return csv.toString();
    }

    private static String user(int n) {
        return "user" + n + "@contoso.com,User " + n + ",Finance";
    }

    @Test
    void a_bad_address_on_line_18_a_duplicate_on_41_and_a_ragged_row_on_56_are_all_in_one_answer() throws Exception {
        var response = importInventory(inventory(n -> switch (n) {
            case 18 -> "user18.contoso.com,User 18,Finance";
            case 41 -> user(7);
            case 56 -> "user56@contoso.com,User 56";
            default -> user(n);
        }));

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("\"message\":\"inventory.csv was refused, nothing was imported\",\"total\":3,\"shown\":3,")
                .contains("{\"line\":18,\"column\":1,\"field\":\"PrimarySmtpAddress\",\"reason\":\"'user18.contoso.com' is not a valid e-mail address\"}",
                        "{\"line\":41,\"column\":1,\"field\":\"PrimarySmtpAddress\",\"reason\":\"user7@contoso.com appears twice (also on line 7)\"}",
                        "{\"line\":56,\"column\":null,\"field\":\"\",\"reason\":\"the row has 2 fields, the header has 3\"}");
        assertThat(mailboxes()).isZero();
    }

    @Test
    void more_problems_than_the_cap_list_the_first_thousand_and_count_them_all() throws Exception {
        var csv = new StringBuilder(HEADER);
        for (int n = 2; n <= 1_201; n++) {
            csv.append("broken").append(n).append(",User,Finance\r\n");
        }

        var response = importInventory(csv.toString());

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("\"total\":1200,\"shown\":1000", "'broken1001' is not a valid", "\"line\":1001")
                .doesNotContain("broken1002");
        assertThat(mailboxes()).isZero();
    }

    @Test
    void a_nul_byte_and_a_300_character_display_name_are_refused_with_line_and_column_and_nothing_is_written() throws Exception {
        var response = importInventory(inventory(n -> switch (n) {
            case 5 -> "user5@contoso.com,Us\u0000er 5,Finance";
            case 9 -> "user9@contoso.com," + "N".repeat(300) + ",Finance";
            default -> user(n);
        }));

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("\"total\":2",
                "{\"line\":5,\"column\":2,\"field\":\"DisplayName\",\"reason\":\"the value has a control character (U+0000) at character 3",
                "{\"line\":9,\"column\":2,\"field\":\"DisplayName\",\"reason\":\"the value has 300 characters, the tracker keeps at most 256\"}");
        assertThat(mailboxes()).isZero();
    }

    @Test
    void an_empty_body_is_refused_with_a_message() throws Exception {
        var response = importInventory("");

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("\"message\":\"inventory.csv was refused, nothing was imported\"", "the file is empty");
    }

    @Test
    void a_body_without_a_content_type_or_as_a_form_is_answered_415_with_what_to_send() throws Exception {
        var api = new ApiCalls(port);

        var none = api.send("api-admin", "POST", "/api/v1/mailboxes/import", null, null);
        var form = api.send("api-admin", "POST", "/api/v1/mailboxes/import", "application/x-www-form-urlencoded", "");

        assertThat(none.statusCode()).isEqualTo(415);
        assertThat(none.body()).contains("\"message\":\"the file goes in the request body, sent as Content-Type: text/csv "
                + "(or application/octet-stream); this request sent none\"");
        assertThat(form.statusCode()).isEqualTo(415);
        assertThat(form.body()).contains("application/x-www-form-urlencoded is not accepted"); // the cross-site form guard, before
    }

    @Test
    void a_body_declared_larger_than_the_limit_is_answered_413_at_once_without_being_sent() throws Exception {
        declaredTooLarge("");
    }

    @Test
    void with_an_idempotency_key_too_a_body_over_the_limit_is_answered_413_unread() throws Exception {
        // the key's filter holds a body in memory to hash it: never one over the limit
        declaredTooLarge("Idempotency-Key: " + java.util.UUID.randomUUID() + "\r\n");
    }

    private void declaredTooLarge(String extraHeaders) throws Exception {
        long started = System.nanoTime();
        String answer;
        try (var socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            var out = socket.getOutputStream();
            String auth = Base64.getEncoder().encodeToString(("api-admin:" + ApiCalls.PASSWORD).getBytes(StandardCharsets.UTF_8));
            out.write(("POST /api/v1/mailboxes/import HTTP/1.1\r\nHost: localhost\r\nAuthorization: Basic " + auth
                    + "\r\n" + extraHeaders + "Content-Type: text/csv\r\nContent-Length: " + (64L << 20) + "\r\n\r\n" + HEADER)
                    .getBytes(StandardCharsets.UTF_8));
            out.flush();
            answer = readAnswer(socket.getInputStream());
        }
        var took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(answer).startsWith("HTTP/1.1 413").contains("application/problem+json",
                "\"message\":\"the file is larger than 50 MB, the most an import takes (tracker.import.max-bytes); "
                        + "split it into smaller files\",\"maxBytes\":52428800}");
        assertThat(took).isLessThan(Duration.ofSeconds(5));
        assertThat(mailboxes()).isZero();
    }

    /** The status line, headers and body, up to the end of the JSON object. */
    private static String readAnswer(InputStream in) throws IOException {
        var text = new StringBuilder();
        int c;
        while ((c = in.read()) >= 0) {
            text.append((char) c);
            if (c == '}' && text.indexOf("\r\n\r\n") > 0) {
                break;
            }
        }
        return text.toString();
    }

    @Test
    void the_batch_csv_check_and_the_status_import_also_list_every_problem() throws Exception {
        var api = new ApiCalls(port);

        var batch = api.send("api-admin", "POST", "/api/v1/batches/validate", "text/csv",
                "EmailAddress\r\nbroken\r\nok@contoso.com,extra\r\nok2@contoso.com\r\nok2@contoso.com\r\n");
        var status = api.send("api-admin", "POST", "/api/v1/status/import", "text/csv",
                "Identity,Status,SyncedItemCount\r\nuser1@contoso.com,Syncing,many\r\nuser2@contoso.com,Synced\r\nuser3@contoso.com,"
                        + "S".repeat(70) + ",5\r\n");

        assertThat(batch.statusCode()).isEqualTo(422);
        assertThat(batch.body()).contains("\"total\":3", "\"line\":2", "\"line\":3", "\"line\":5", "appears twice");
        assertThat(status.statusCode()).isEqualTo(422);
        assertThat(status.body()).contains("\"total\":3",
                "{\"line\":2,\"column\":3,\"field\":\"SyncedItemCount\"",
                "{\"line\":3,\"column\":null,\"field\":\"\",\"reason\":\"the row has 2 fields, the header has 3\"}",
                "{\"line\":4,\"column\":2,\"field\":\"Status\",\"reason\":\"the value has 70 characters, the tracker keeps at most 64\"}");
    }
}
