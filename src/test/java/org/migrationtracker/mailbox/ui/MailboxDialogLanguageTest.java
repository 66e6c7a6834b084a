package org.migrationtracker.mailbox.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.migrationtracker.IntegrationTest;
import org.migrationtracker.live.LiveUpdates;
import org.migrationtracker.live.Presence;
import org.migrationtracker.mailbox.InventoryImportService;
import org.migrationtracker.mailbox.MailboxDetails;
import org.migrationtracker.mailbox.MailboxEdits;
import org.migrationtracker.mailbox.MailboxSearch;
import org.migrationtracker.mailbox.MailboxTestData;
import org.migrationtracker.mailbox.PreferredLanguage;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
@WithMockUser(username = "ada", roles = "ADMIN")
class MailboxDialogLanguageTest extends SpringBrowserlessTest {

    @Autowired InventoryImportService imports;
    @Autowired MailboxSearch mailboxes;
    @Autowired MailboxEdits edits;
    @Autowired MailboxDetails details;
    @Autowired JdbcTemplate jdbc;
    @Autowired LiveUpdates live;
    @Autowired Presence presence;

    @BeforeEach
    void inventory() {
        MailboxTestData.clear(jdbc);
        MailboxTestData.asAdmin(() -> imports.importInventory("inventory.csv",
                "PrimarySmtpAddress,DisplayName,Languages\r\nsoren@contoso.dk,Søren Nielsen,sv-SE\r\n".getBytes(StandardCharsets.UTF_8)));
    }

    private MailboxDialog open(boolean admin) {
        navigate(MailboxesView.class);
        var dialog = new MailboxDialog(mailboxes, edits, details, mailboxes.findByAddress("soren@contoso.dk").orElseThrow(), admin, admin,
                live, presence, () -> { });
        dialog.open();
        return dialog;
    }

    @Test
    void an_admin_changes_the_preferred_language_in_the_mailbox_dialog() {
        var dialog = open(true);
        assertThat(dialog.language.getValue()).isEqualTo(PreferredLanguage.SV);
        assertThat(test(dialog.language).getSuggestions()).contains("Dansk", "Svenska", "Français", "Nederlands", "English", "None");

        test(dialog.language).selectItem("Dansk");

        assertThat(mailboxes.findByAddress("soren@contoso.dk").orElseThrow().inventory().preferredLanguage())
                .isEqualTo(PreferredLanguage.DA);
        assertThat(dialog.problem.isVisible()).isFalse();
        assertThat(dialog.history.getListDataView().getItems()).anyMatch(e -> e.field().equals("preferred_language")
                && "da".equals(e.newValue()));
    }

    @Test
    @WithMockUser(username = "lena", roles = "LEAD")
    void others_see_the_preferred_language_but_may_not_change_it() {
        var dialog = open(false);

        assertThat(dialog.language.getValue()).isEqualTo(PreferredLanguage.SV);
        assertThat(dialog.language.isReadOnly()).isTrue();
    }
}
