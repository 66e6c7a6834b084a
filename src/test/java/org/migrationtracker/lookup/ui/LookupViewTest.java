package org.migrationtracker.lookup.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.migrationtracker.IntegrationTest;
import org.migrationtracker.mailbox.BulkAction;
import org.migrationtracker.mailbox.BulkTarget;
import org.migrationtracker.mailbox.InventoryImportService;
import org.migrationtracker.mailbox.MailboxEdits;
import org.migrationtracker.mailbox.MailboxSearch;
import org.migrationtracker.mailbox.MailboxState;
import org.migrationtracker.mailbox.MailboxTestData;
import org.migrationtracker.mailbox.PostMigration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
@WithMockUser(username = "harry", roles = "HELPDESK")
class LookupViewTest extends SpringBrowserlessTest {

    @Autowired InventoryImportService imports;
    @Autowired MailboxEdits mailboxes;
    @Autowired MailboxSearch mailboxSearch;
    @Autowired JdbcTemplate jdbc;

    @BeforeEach
    void movedMailbox() {
        movedSoren(jdbc, imports, mailboxes);
    }

    /** Søren Nielsen's mailbox moved (completed) in a staged project without the MX switch; Pilar Pinilla's waiting. */
    static void movedSoren(JdbcTemplate jdbc, InventoryImportService imports, MailboxEdits mailboxes) {
        MailboxTestData.clear(jdbc);
        jdbc.update("update migration_project set method = 'STAGED', single_sign_on = false, mx_points_to_cloud = false, mx_changed_at = null");
        MailboxTestData.asAdmin(() -> {
            imports.importInventory("people.csv", """
                    DisplayName,PrimarySmtpAddress,Alias,Department
                    Søren Nielsen,soren@contoso.dk,soren,Finance
                    Pilar Pinilla,pilarp@contoso.com,pilarp,Sales
                    """.getBytes(StandardCharsets.UTF_8));
            var all = BulkTarget.addresses(List.of("soren@contoso.dk"));
            mailboxes.bulk(new BulkAction.SetFullAccess(true), all);
            mailboxes.bulk(new BulkAction.SetWriteProperty(true), all);
            for (var state : List.of(MailboxState.IN_BATCH, MailboxState.SYNCING, MailboxState.SYNCED, MailboxState.COMPLETED)) {
                mailboxes.bulk(new BulkAction.MoveTo(state, ""), all);
            }
        });
    }

    @Test
    void typing_part_of_a_name_without_accents_opens_the_users_card_in_plain_words() {
        var view = navigate(LookupView.class);

        test(view.search).setValue("soren");

        assertThat(view.cardText()).contains("Søren Nielsen", "The mailbox moved to Microsoft 365 on",
                "Create a new Outlook profile", "Sign in with the temporary password",
                "New mail arrives in the Microsoft 365 mailbox, no longer in the old one.", "A licence must be assigned.");
    }

    @Test
    void the_timeline_says_what_changed_in_words() {
        var view = navigate("lookup/soren@contoso.dk", LookupView.class);

        assertThat(view.cardText()).contains("State: Synced → Completed", "State: Not ready → Ready")
                .doesNotContain("COMPLETED", "NOT_READY");
    }

    @Test
    void a_danish_helpdesk_reads_the_card_and_the_timeline_in_danish() {
        UI.getCurrent().setLocale(Locale.of("da"));
        var view = navigate("lookup/soren@contoso.dk", LookupView.class);

        assertThat(view.cardText()).contains("Tilstand: Synkroniseret → Fuldført").doesNotContain("State:", "The mailbox");
    }

    @Test
    void a_deep_link_opens_the_card_directly() {
        var view = navigate("lookup/pilarp@contoso.com", LookupView.class);

        assertThat(view.cardText()).contains("Pilar Pinilla", "not scheduled yet", "Nothing yet");
    }

    @Test
    void helpdesk_ticks_the_outlook_profile_and_adds_a_note_but_may_change_nothing_else() {
        var view = navigate("lookup/soren@contoso.dk", LookupView.class);
        var outlook = find(Checkbox.class).withId("card-outlook").single();

        test(outlook).click();

        var soren = mailboxSearch.findByAddress("soren@contoso.dk").orElseThrow();
        assertThat(soren.postMigration().outlookProfileReconfigured()).isTrue();
        assertThat(view.cardText()).contains("The new Outlook profile is set up.");
        mailboxes.addNote(soren.id(), "User called, profile done together");
        assertThat(mailboxSearch.notes(soren.id())).singleElement().satisfies(note -> assertThat(note.author())
                .isEqualTo("harry"));
        assertThatThrownBy(() -> mailboxes.recordPostMigration(soren.id(), soren.version(),
                PostMigration.recorded(null, LocalDate.now(), false, true))).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> mailboxes.transition(soren.id(), soren.version(), MailboxState.DONE, ""))
                .isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    void a_search_without_results_says_so() {
        var view = navigate(LookupView.class);

        test(view.search).setValue("zzqx");

        assertThat(view.results.getElement().getTextRecursively()).contains("No user matches 'zzqx'.");
    }
}
