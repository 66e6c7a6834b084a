package org.migrationtracker.notice.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.migrationtracker.ApiCalls;
import org.migrationtracker.IntegrationTest;
import org.migrationtracker.batch.BatchDraft;
import org.migrationtracker.batch.BatchService;
import org.migrationtracker.batch.StartMode;
import org.migrationtracker.mailbox.BulkAction;
import org.migrationtracker.mailbox.BulkTarget;
import org.migrationtracker.mailbox.InventoryImportService;
import org.migrationtracker.mailbox.MailboxEdits;
import org.migrationtracker.mailbox.MailboxFilter;
import org.migrationtracker.mailbox.MailboxTestData;
import org.migrationtracker.security.TrackerUserService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The notices over HTTP: an admin sends to a selection, everyone lists and previews, the helpdesk may not send. */
@IntegrationTest
class NoticeApiTest {

    private static final ObjectMapper json = new ObjectMapper();

    @LocalServerPort int port;
    @Autowired TrackerUserService users;
    @Autowired InventoryImportService imports;
    @Autowired JdbcTemplate jdbc;
    @Autowired MailboxEdits edits;
    @Autowired BatchService batches;
    private ApiCalls api;

    @BeforeEach
    void inventory() {
        ApiCalls.ensureUsers(users, jdbc);
        api = new ApiCalls(port);
        jdbc.execute("truncate notice, notice_template restart identity");
        MailboxTestData.clearWithBatches(jdbc);
        MailboxTestData.asAdmin(() -> imports.importInventory("people.csv", """
                DisplayName,PrimarySmtpAddress,RecipientTypeDetails,Languages
                Sanne de Vries,sanne@contoso.com,UserMailbox,nl-NL
                Team Mailbox,team@contoso.com,SharedMailbox,
                """.getBytes(StandardCharsets.UTF_8)));
    }

    private JsonNode read(String body) throws Exception {
        return json.readTree(body);
    }

    @Test
    void an_admin_sends_a_kind_to_mailboxes_once_and_is_told_what_was_left_out() throws Exception {
        var first = api.send("api-admin", "POST", "/api/v1/notices/send", "application/json",
                "{\"kind\": \"welcome\", \"mailboxes\": [\"sanne@contoso.com\", \"team@contoso.com\", \"nobody@contoso.com\"]}");
        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        var queued = read(first.body());
        assertThat(queued.get("queued").asInt()).isEqualTo(1);
        assertThat(queued.get("notPeople").asInt()).isEqualTo(1);
        assertThat(queued.get("unknown").get(0).asText()).isEqualTo("nobody@contoso.com");

        var again = read(api.send("api-admin", "POST", "/api/v1/notices/send", "application/json",
                "{\"kind\": \"WELCOME\", \"mailboxes\": [\"sanne@contoso.com\"]}").body());
        assertThat(again.get("queued").asInt()).isZero();
        assertThat(again.get("alreadySent").asInt()).isEqualTo(1);
        var resent = read(api.send("api-admin", "POST", "/api/v1/notices/send", "application/json",
                "{\"kind\": \"WELCOME\", \"mailboxes\": [\"sanne@contoso.com\"], \"resend\": true}").body());
        assertThat(resent.get("queued").asInt()).isEqualTo(1);

        var list = read(api.send("api-lead", "GET", "/api/v1/notices?mailbox=sanne@contoso.com", null, null).body());
        assertThat(list.get("total").asInt()).isEqualTo(2);
        var notice = list.get("notices").get(0);
        assertThat(notice.get("recipient").asText()).isEqualTo("sanne@contoso.com");
        assertThat(notice.get("language").asText()).isEqualTo("nl");
        assertThat(notice.get("status").asText()).isEqualTo("QUEUED");
        assertThat(notice.get("queuedBy").asText()).isEqualTo("api-admin");

        var one = api.send("api-helpdesk", "GET", "/api/v1/notices/" + notice.get("id").asLong(), null, null);
        assertThat(one.statusCode()).isEqualTo(200);
        assertThat(read(one.body()).get("notice").get("kind").asText()).isEqualTo("WELCOME");
    }

    @Test
    void mailing_the_passwords_is_refused_while_no_mail_server_is_configured_and_the_file_is_not_made() throws Exception {
        MailboxTestData.asAdmin(() -> {
            edits.bulk(new BulkAction.SetFullAccess(true), BulkTarget.matching(MailboxFilter.all()));
            edits.bulk(new BulkAction.SetWriteProperty(true), BulkTarget.matching(MailboxFilter.all()));
            batches.create(new BatchDraft("Pilot", StartMode.MANUAL, null, "", ""), BulkTarget.addresses(List.of("sanne@contoso.com")), false);
        });

        var refused = api.send("api-admin", "GET", "/api/v1/batches/Pilot/csv?mailPasswords=true", null, null);

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(read(refused.body()).get("reasons").get(0).asText()).startsWith("Sending notices is off (no mail server is configured)");
        assertThat(jdbc.queryForObject("select count(*) from batch_history where field = 'csv exported'", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from notice", Integer.class)).isZero();
    }

    @Test
    void everyone_previews_a_kind_in_the_users_language() throws Exception {
        var preview = api.send("api-helpdesk", "GET", "/api/v1/notices/preview?kind=ANNOUNCEMENT&mailbox=sanne@contoso.com", null, null);

        assertThat(preview.statusCode()).as(preview.body()).isEqualTo(200);
        var body = read(preview.body());
        assertThat(body.get("language").asText()).isEqualTo("nl");
        assertThat(body.get("subject").asText()).isEqualTo("Uw postvak verhuist naar Microsoft 365");
        assertThat(body.get("text").asText()).startsWith("Beste Sanne de Vries,");
    }

    @Test
    void wrong_calls_get_a_problem_that_says_what_is_wrong_and_the_helpdesk_may_not_send() throws Exception {
        var kind = api.send("api-admin", "GET", "/api/v1/notices/preview?kind=POSTCARD&mailbox=sanne@contoso.com", null, null);
        assertThat(kind.statusCode()).isEqualTo(422);
        assertThat(read(kind.body()).get("message").asText())
                .isEqualTo("'POSTCARD' is no notice kind: use ANNOUNCEMENT, MOVING_TONIGHT, WELCOME, REMINDER or FREE");

        var whom = api.send("api-admin", "POST", "/api/v1/notices/send", "application/json", "{\"kind\": \"FREE\"}");
        assertThat(whom.statusCode()).isEqualTo(422);
        assertThat(read(whom.body()).get("message").asText()).isEqualTo("The body needs mailboxes (primary addresses) or a batch");

        var batch = api.send("api-admin", "POST", "/api/v1/notices/send", "application/json", "{\"kind\": \"FREE\", \"batch\": \"Nope\"}");
        assertThat(batch.statusCode()).isEqualTo(422);
        assertThat(read(batch.body()).get("message").asText()).isEqualTo("There is no batch 'Nope'");

        var broken = api.send("api-admin", "POST", "/api/v1/notices/send", "application/json", "{\"kind\": ");
        assertThat(broken.statusCode()).isEqualTo(400);
        assertThat(read(broken.body()).get("message").asText()).startsWith("The body must be JSON");

        var helpdesk = api.send("api-helpdesk", "POST", "/api/v1/notices/send", "application/json",
                "{\"kind\": \"FREE\", \"mailboxes\": [\"sanne@contoso.com\"]}");
        assertThat(helpdesk.statusCode()).isEqualTo(403);
        assertThat(jdbc.queryForObject("select count(*) from notice", Integer.class)).isZero();

        assertThat(api.send("api-lead", "GET", "/api/v1/notices/123456", null, null).statusCode()).isEqualTo(404);
    }
}
