package org.migrationtracker.mailbox;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.migrationtracker.IntegrationTest;
import org.migrationtracker.csv.CsvProblem;
import org.migrationtracker.csv.CsvRefusedException;
import org.migrationtracker.i18n.Message;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
@WithMockUser(username = "ada", roles = "ADMIN")
class RecipientImportTest {

    private static final String X500 = "X500:/o=Contoso/ou=First Administrative Group/cn=Recipients/cn=pilar";
    private static final String INVENTORY = "\"DisplayName\",\"PrimarySmtpAddress\",\"EmailAddresses\"\r\n"
            + "\"Pilar Pinilla\",\"pilar@contoso.com\",\"SMTP:pilar@contoso.com smtp:pp@contoso.com " + X500 + "\"\r\n"
            + "\"Toby Nixon\",\"toby@contoso.com\",\"SMTP:toby@contoso.com\"\r\n"
            + "\"Maja Berg\",\"maja@contoso.com\",\"SMTP:maja@contoso.com\"\r\n"
            + "\"Lars Olsen\",\"lars@contoso.com\",\"SMTP:lars@contoso.com smtp:lo@contoso.com\"\r\n"
            + "\"Søren Ørsted\",\"soren@contoso.com\",\"SMTP:soren@contoso.com\"\r\n";
    private static final String HEADER = "\"PrimarySmtpAddress\",\"RecipientTypeDetails\",\"EmailAddresses\"\r\n";

    @Autowired RecipientImportService recipients;
    @Autowired InventoryImportService imports;
    @Autowired MailboxEdits mailboxes;
    @Autowired MailboxSearch search;
    @Autowired JdbcTemplate jdbc;

    /** Pilar, Toby, Maja and Lars migrated (completed), Lars converted already; Søren ready, never in a batch. */
    @BeforeEach
    void migrated() {
        MailboxTestData.clear(jdbc);
        MailboxTestData.asAdmin(() -> {
            imports.importInventory("inventory.csv", INVENTORY.getBytes(StandardCharsets.UTF_8));
            mailboxes.bulk(new BulkAction.SetFullAccess(true), BulkTarget.matching(MailboxFilter.all()));
            mailboxes.bulk(new BulkAction.SetWriteProperty(true), BulkTarget.matching(MailboxFilter.all()));
            var migrated = BulkTarget.addresses(List.of("pilar@contoso.com", "toby@contoso.com", "maja@contoso.com", "lars@contoso.com"));
            for (var state : List.of(MailboxState.IN_BATCH, MailboxState.SYNCING, MailboxState.SYNCED, MailboxState.COMPLETED)) {
                mailboxes.bulk(new BulkAction.MoveTo(state, ""), migrated);
            }
            mailboxes.bulk(new BulkAction.MoveTo(MailboxState.CONVERTED_TO_MAIL_USER, ""), BulkTarget.addresses(List.of("lars@contoso.com")));
        });
    }

    private RecipientImportSummary load(String rows) {
        return recipients.importRecipients("recipients.csv", (HEADER + rows).getBytes(StandardCharsets.UTF_8));
    }

    private Mailbox mailbox(String address) {
        return search.findByAddress(address).orElseThrow();
    }

    private int historyRows() {
        return jdbc.queryForObject("select count(*) from mailbox_history", Integer.class);
    }

    @Test
    void a_completed_mailbox_that_exchange_reports_as_a_mail_user_is_converted_with_its_flag_and_history_in_one_operation() {
        var summary = load("\"pilar@contoso.com\",\"MailUser\",\"SMTP:pilar@contoso.com smtp:pp@contoso.com " + X500
                + " X500:/o=Contoso/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Recipients/cn=pilar1\"\r\n");

        var pilar = mailbox("pilar@contoso.com");
        assertThat(summary.converted()).isEqualTo(1);
        assertThat(summary.missingAddresses()).isEmpty();
        assertThat(pilar.state()).isEqualTo(MailboxState.CONVERTED_TO_MAIL_USER);
        assertThat(pilar.postMigration().mailUserConverted()).isTrue();
        var entries = search.history(pilar.id()).stream().filter(entry -> summary.operationId().equals(entry.operationId())).toList();
        assertThat(entries).extracting(HistoryEntry::field).containsExactlyInAnyOrder("state", "mail_user_converted");
        assertThat(entries).allSatisfy(entry -> assertThat(entry.actor()).isEqualTo("ada"));
        assertThat(entries).filteredOn(entry -> entry.field().equals("state")).singleElement()
                .satisfies(entry -> assertThat(entry.newValue()).isEqualTo("CONVERTED_TO_MAIL_USER"));
        assertThat(summary.describe()).extracting(Message::english).first()
                .isEqualTo("recipients.csv: 1 recipient; 1 completed mailbox recorded as mail users, 0 were already");
    }

    @Test
    void addresses_the_conversion_asked_for_and_exchange_does_not_list_are_named_and_the_mailbox_is_converted_still() {
        var summary = load("\"pilar@contoso.com\",\"MailUser\",\"SMTP:pilar@contoso.com\"\r\n");

        assertThat(mailbox("pilar@contoso.com").state()).isEqualTo(MailboxState.CONVERTED_TO_MAIL_USER);
        assertThat(summary.missingAddresses()).singleElement().satisfies(gap -> {
            assertThat(gap.primaryAddress()).isEqualTo("pilar@contoso.com");
            assertThat(gap.missing()).containsExactly("smtp:pp@contoso.com", X500);
        });
        assertThat(summary.describe()).extracting(Message::english)
                .contains("pilar@contoso.com is a mail user now, but without smtp:pp@contoso.com, " + X500);
    }

    @Test
    void a_mail_user_the_tracker_never_saw_completed_is_reported_and_not_accepted() {
        var soren = mailbox("soren@contoso.com");

        var summary = load("\"soren@contoso.com\",\"MailUser\",\"SMTP:soren@contoso.com\"\r\n");

        assertThat(summary.converted()).isZero();
        assertThat(summary.notAccepted()).singleElement().satisfies(refusal -> {
            assertThat(refusal.primaryAddress()).isEqualTo("soren@contoso.com");
            assertThat(refusal.reason().english())
                    .isEqualTo("a mail user in Exchange, but the tracker has it as Ready: only a completed mailbox becomes a mail user");
        });
        assertThat(mailbox("soren@contoso.com")).isEqualTo(soren);
    }

    @Test
    void a_mail_user_already_converted_is_left_as_it_is_and_counted() {
        var lars = mailbox("lars@contoso.com");
        int history = historyRows();

        var summary = load("\"lars@contoso.com\",\"MailUser\",\"SMTP:lars@contoso.com\"\r\n");

        assertThat(summary.alreadyConverted()).isEqualTo(1);
        assertThat(summary.converted()).isZero();
        assertThat(summary.missingAddresses()).isEmpty();
        assertThat(mailbox("lars@contoso.com")).isEqualTo(lars);
        assertThat(historyRows()).isEqualTo(history);
    }

    @Test
    void a_completed_mailbox_still_a_mailbox_more_than_three_days_after_completion_is_listed() {
        jdbc.update("""
                update mailbox_history set at = at - interval '5 days' where field = 'state' and new_value = 'COMPLETED'
                and mailbox_id = (select id from mailbox where primary_address = 'maja@contoso.com')""");

        var summary = load("\"maja@contoso.com\",\"UserMailbox\",\"SMTP:maja@contoso.com\"\r\n"
                + "\"toby@contoso.com\",\"UserMailbox\",\"SMTP:toby@contoso.com\"\r\n");

        assertThat(summary.stillMailboxes()).singleElement().satisfies(still -> {
            assertThat(still.primaryAddress()).isEqualTo("maja@contoso.com");
            assertThat(still.daysSinceCompletion()).isEqualTo(5);
        });
        assertThat(summary.describe()).extracting(Message::english).contains("maja@contoso.com: still a mailbox 5 days after completion");
        assertThat(mailbox("maja@contoso.com").state()).isEqualTo(MailboxState.COMPLETED);
    }

    @Test
    void recipients_the_tracker_does_not_track_are_counted_with_a_small_sample() {
        var rows = new StringBuilder();
        for (int i = 0; i < 25; i++) {
            rows.append("\"group").append(i).append("@contoso.com\",\"MailUniversalDistributionGroup\",\"SMTP:group").append(i)
                    .append("@contoso.com\"\r\n");
        }

        var summary = load(rows.toString());

        assertThat(summary.notTracked()).isEqualTo(25);
        assertThat(summary.notTrackedSample()).hasSize(RecipientImportSummary.SAMPLE).startsWith("group0@contoso.com");
        assertThat(summary.describe()).extracting(Message::english).anySatisfy(line ->
                assertThat(line).startsWith("25 recipients the tracker does not track (groups, contacts, other users), e.g. group0@contoso.com, ")
                        .endsWith(", ..."));
    }

    @Test
    void a_malformed_file_is_refused_with_every_problem_by_line_and_column_and_nothing_changes() {
        int history = historyRows();
        var pilar = mailbox("pilar@contoso.com");

        assertThatThrownBy(() -> load("\"pilar@contoso.com\",\"MailUser\",\"SMTP:pilar@contoso.com smtp:not-an-address\"\r\n"
                + "\"\",\"MailUser\",\"\"\r\n"
                + "\"toby@contoso.com\",\"\",\"\"\r\n"
                + "\"soren@contoso.com\",\"MailUser\"\r\n"))
                .isInstanceOfSatisfying(CsvRefusedException.class, refused -> assertThat(refused.problems())
                        .extracting(CsvProblem::toString).containsExactly(
                                "line 2, column EmailAddresses: 'not-an-address' is not a valid e-mail address",
                                "line 3, column PrimarySmtpAddress: the primary SMTP address is empty",
                                "line 4, column RecipientTypeDetails: the recipient type is empty",
                                "line 5: the row has 2 fields, the header has 3"));
        assertThat(mailbox("pilar@contoso.com")).isEqualTo(pilar);
        assertThat(historyRows()).isEqualTo(history);
    }

    @Test
    void a_project_that_is_not_staged_is_refused_and_nothing_changes() {
        jdbc.update("update migration_project set method = 'CUTOVER'");

        assertThatThrownBy(() -> load("\"pilar@contoso.com\",\"MailUser\",\"SMTP:pilar@contoso.com\"\r\n"))
                .isInstanceOfSatisfying(CsvRefusedException.class, refused -> assertThat(refused.problems()).extracting(CsvProblem::toString)
                        .containsExactly("file: only a staged migration converts mailboxes to mail users (this project: Cutover)"));
        jdbc.update("update migration_project set method = 'STAGED'");
        assertThat(mailbox("pilar@contoso.com").state()).isEqualTo(MailboxState.COMPLETED);
    }

    @Test
    void addresses_exported_as_a_type_name_are_not_checked_and_the_summary_says_how_to_export_them() {
        var summary = load("\"pilar@contoso.com\",\"MailUser\",\"System.Collections.ArrayList\"\r\n");

        assertThat(summary.converted()).isEqualTo(1);
        assertThat(summary.missingAddresses()).isEmpty();
        assertThat(summary.notes()).extracting(Message::english).contains("EmailAddresses holds 'System.Collections.ArrayList' instead of "
                + "the addresses, so they were not checked; export them with @{n='EmailAddresses';e={$_.EmailAddresses -join ';'}}");
    }

    @Test
    @WithMockUser(username = "harry", roles = "HELPDESK")
    void helpdesk_may_not_import_recipients() {
        assertThatThrownBy(() -> load("\"pilar@contoso.com\",\"MailUser\",\"\"\r\n")).isInstanceOf(AuthorizationDeniedException.class);
    }
}
