package org.migrationtracker.mailbox;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.migrationtracker.IntegrationTest;
import org.migrationtracker.i18n.Message;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The preferred language: from Exchange's Languages column, kept by imports without it, set by admins. */
@IntegrationTest
@WithMockUser(username = "ada", roles = "ADMIN")
class PreferredLanguageImportTest {

    @Autowired InventoryImportService imports;
    @Autowired MailboxSearch mailboxes;
    @Autowired MailboxDetails details;
    @Autowired JdbcTemplate jdbc;

    @BeforeEach
    void empty() {
        MailboxTestData.clear(jdbc);
    }

    private ImportSummary importFile(String csv) {
        return imports.importInventory("mailboxes.csv", csv.getBytes(StandardCharsets.UTF_8));
    }

    private PreferredLanguage languageOf(String address) {
        return mailboxes.findByAddress(address).orElseThrow().inventory().preferredLanguage();
    }

    @Test
    void the_languages_column_gives_the_first_languages_part_and_an_unknown_one_is_a_note_with_line_and_column() {
        var summary = importFile("""
                PrimarySmtpAddress,DisplayName,Languages
                soren@contoso.dk,Søren Nielsen,da-DK
                anna@contoso.se,Anna Lund,sv-SE fr-FR
                pilarp@contoso.com,Pilar Pinilla,
                xena@contoso.com,Xena,xx-YY
                """);

        assertThat(summary.added()).as("an unknown language does not stop the import").isEqualTo(4);
        assertThat(languageOf("soren@contoso.dk")).isEqualTo(PreferredLanguage.DA);
        assertThat(languageOf("anna@contoso.se")).isEqualTo(PreferredLanguage.SV);
        assertThat(languageOf("pilarp@contoso.com")).isEqualTo(PreferredLanguage.NONE);
        assertThat(languageOf("xena@contoso.com")).isEqualTo(PreferredLanguage.NONE);
        assertThat(summary.notes()).extracting(Message::english).filteredOn(note -> note.contains("language"))
                .containsExactly("Line 5, column Languages: 'xx-YY' is not a"
                + " language the tracker keeps (da, sv, fr, nl, en); the mailbox was imported without a preferred language.");
        assertThat(jdbc.queryForObject("select preferred_language from mailbox where primary_address = 'soren@contoso.dk'",
                String.class)).isEqualTo("da");
    }

    @Test
    void a_file_without_the_column_keeps_the_language_and_a_changed_one_is_in_the_history() {
        importFile("PrimarySmtpAddress,Languages\r\nsoren@contoso.dk,da-DK\r\n");

        var unchanged = importFile("PrimarySmtpAddress,Department\r\nsoren@contoso.dk,\r\n");
        assertThat(unchanged.unchanged()).isEqualTo(1);
        assertThat(languageOf("soren@contoso.dk")).isEqualTo(PreferredLanguage.DA);

        var changed = importFile("PrimarySmtpAddress,Languages\r\nsoren@contoso.dk,en-GB da-DK\r\n");
        assertThat(changed.updated()).isEqualTo(1);
        assertThat(languageOf("soren@contoso.dk")).isEqualTo(PreferredLanguage.EN);
        var id = mailboxes.findByAddress("soren@contoso.dk").orElseThrow().id();
        assertThat(mailboxes.history(id)).filteredOn(e -> e.field().equals("preferred_language"))
                .extracting(HistoryEntry::oldValue, HistoryEntry::newValue).containsExactly(Tuple.tuple("da", "en"));
    }

    @Test
    void an_admin_sets_the_language_under_the_mailboxs_version_with_history() {
        importFile("PrimarySmtpAddress\r\nsoren@contoso.dk\r\n");
        var soren = mailboxes.findByAddress("soren@contoso.dk").orElseThrow();

        var changed = details.setPreferredLanguage(soren.id(), soren.version(), PreferredLanguage.FR);

        assertThat(changed.inventory().preferredLanguage()).isEqualTo(PreferredLanguage.FR);
        assertThat(changed.version()).isEqualTo(soren.version() + 1);
        assertThat(mailboxes.history(soren.id()).getFirst().what().english()).isEqualTo("Preferred language");
        assertThatThrownBy(() -> details.setPreferredLanguage(soren.id(), soren.version(), PreferredLanguage.NL))
                .as("a stale version").isInstanceOf(MailboxConflict.class);
        assertThat(languageOf("soren@contoso.dk")).isEqualTo(PreferredLanguage.FR);
    }

    @Test
    @WithMockUser(username = "harry", roles = "HELPDESK")
    void helpdesk_may_not_set_the_language() {
        MailboxTestData.asAdmin(() -> importFile("PrimarySmtpAddress\r\nsoren@contoso.dk\r\n"));
        var soren = mailboxes.findByAddress("soren@contoso.dk").orElseThrow();

        assertThatThrownBy(() -> details.setPreferredLanguage(soren.id(), soren.version(), PreferredLanguage.DA))
                .isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    void the_database_refuses_a_language_the_tracker_does_not_keep() {
        importFile("PrimarySmtpAddress\r\nsoren@contoso.dk\r\n");

        assertThatThrownBy(() -> jdbc.update("update mailbox set preferred_language = 'de'"))
                .hasMessageContaining("mailbox_preferred_language_known");
    }
}
