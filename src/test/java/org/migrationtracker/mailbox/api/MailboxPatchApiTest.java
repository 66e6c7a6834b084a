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
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code PATCH /api/v1/mailboxes/{address}}: an admin's change of a mailbox's details, and the JSON that shows it. */
@IntegrationTest
class MailboxPatchApiTest {

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;
    @Autowired TrackerUserService users;

    @BeforeEach
    void setUp() throws Exception {
        MailboxTestData.clear(jdbc);
        MailboxTestData.asAdmin(() -> ApiCalls.ensureUsers(users, jdbc));
        send("api-admin", "POST", "/api/v1/mailboxes/import", "text/csv",
                "PrimarySmtpAddress,Languages\r\nsoren@contoso.dk,da-DK\r\nanna@contoso.se,\r\n");
    }

    private HttpResponse<String> send(String user, String method, String path, String contentType, String body)
            throws IOException, InterruptedException {
        return new ApiCalls(port).send(user, method, path, contentType, body);
    }

    @Test
    void the_mailbox_json_has_the_preferred_language() throws Exception {
        assertThat(send("api-helpdesk", "GET", "/api/v1/mailboxes/soren@contoso.dk", null, null).body())
                .contains("\"preferredLanguage\":\"da\"");
        assertThat(send("api-lead", "GET", "/api/v1/mailboxes?size=5", null, null).body())
                .contains("\"preferredLanguage\":\"da\"", "\"preferredLanguage\":\"\"");
    }

    @Test
    void an_admin_patches_the_preferred_language_and_gets_the_mailbox_with_its_history() throws Exception {
        var response = send("api-admin", "PATCH", "/api/v1/mailboxes/anna@contoso.se", "application/json",
                "{\"preferredLanguage\":\"sv\"}");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"preferredLanguage\":\"sv\"", "\"field\":\"preferred_language\"");
        assertThat(jdbc.queryForObject("select preferred_language from mailbox where primary_address = 'anna@contoso.se'",
                String.class)).isEqualTo("sv");
    }

    @Test
    void a_stale_version_is_409_an_unknown_language_422_and_helpdesk_403() throws Exception {
        long version = jdbc.queryForObject("select version from mailbox where primary_address = 'soren@contoso.dk'", Long.class);
        send("api-admin", "PATCH", "/api/v1/mailboxes/soren@contoso.dk", "application/json",
                "{\"preferredLanguage\":\"en\",\"version\":" + version + "}");

        var stale = send("api-admin", "PATCH", "/api/v1/mailboxes/soren@contoso.dk", "application/json",
                "{\"preferredLanguage\":\"fr\",\"version\":" + version + "}");
        assertThat(stale.statusCode()).isEqualTo(409);
        var unknown = send("api-admin", "PATCH", "/api/v1/mailboxes/soren@contoso.dk", "application/json",
                "{\"preferredLanguage\":\"de\"}");
        assertThat(unknown.statusCode()).isEqualTo(422);
        assertThat(unknown.body()).contains("da, sv, fr, nl, en");
        assertThat(send("api-helpdesk", "PATCH", "/api/v1/mailboxes/soren@contoso.dk", "application/json",
                "{\"preferredLanguage\":\"fr\"}").statusCode()).isEqualTo(403);
        assertThat(send("api-admin", "PATCH", "/api/v1/mailboxes/nobody@contoso.com", "application/json",
                "{\"preferredLanguage\":\"fr\"}").statusCode()).isEqualTo(404);
        assertThat(jdbc.queryForObject("select preferred_language from mailbox where primary_address = 'soren@contoso.dk'",
                String.class)).isEqualTo("en");
    }
}
