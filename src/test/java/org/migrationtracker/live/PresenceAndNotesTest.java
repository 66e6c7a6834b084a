package org.migrationtracker.live;

import com.vaadin.browserless.SpringBrowserlessTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.migrationtracker.IntegrationTest;
import org.migrationtracker.UiEventually;
import org.migrationtracker.dashboard.ui.DashboardView;
import org.migrationtracker.mailbox.InventoryImportService;
import org.migrationtracker.mailbox.MailboxEdits;
import org.migrationtracker.mailbox.MailboxSearch;
import org.migrationtracker.mailbox.MailboxTestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
@WithMockUser(username = "ada", roles = "ADMIN")
class PresenceAndNotesTest extends SpringBrowserlessTest {

    @Autowired Presence presence;
    @Autowired LiveUpdates live;
    @Autowired MailboxEdits mailboxes;
    @Autowired MailboxSearch search;
    @Autowired InventoryImportService imports;
    @Autowired JdbcTemplate jdbc;

    @BeforeEach
    void inventory() {
        MailboxTestData.clear(jdbc);
        jdbc.execute("truncate presence");
        MailboxTestData.asAdmin(() -> imports.importInventory("inventory.csv", MailboxTestData.inventory(3, "Finance")));
    }

    @Test
    void presence_appears_and_disappears_when_a_second_user_opens_and_closes_the_mailbox() {
        var view = navigate(DashboardView.class);
        long id = search.findByAddress("user1@contoso.com").orElseThrow().id();
        var bar = new PresenceBar(presence, live, "mailbox:" + id);
        view.add(bar);
        assertThat(bar.isVisible()).as("alone: nothing to show").isFalse();

        var harry = presence.enter("mailbox:" + id, "harry", "HELPDESK", "harry's session", Instant::now);
        assertThat(UiEventually.eventually(() -> bar.shownNames().equals(List.of("harry (Helpdesk)")))).isTrue();

        harry.leave().remove();
        assertThat(UiEventually.eventually(() -> !bar.isVisible())).isTrue();
    }

    @Test
    void leaving_the_screen_removes_its_presence_for_everyone() {
        var view = navigate(DashboardView.class);
        var bar = new PresenceBar(presence, live, "batch:Finance1");
        view.add(bar);
        assertThat(presence.viewers("batch:Finance1")).extracting(Viewer::username).containsExactly("ada");

        view.remove(bar);

        assertThat(presence.viewers("batch:Finance1")).isEmpty();
        assertThat(presence.othersByPrefix("batch:", "harry")).as("as harry sees the board").isEmpty();
    }

    @Test
    void a_note_is_stored_with_author_and_becomes_part_of_the_history() {
        long id = search.findByAddress("user2@contoso.com").orElseThrow().id();

        mailboxes.addNote(id, "  Called: told her to set up Outlook again on Monday  ");

        assertThat(search.notes(id)).singleElement().satisfies(note -> {
            assertThat(note.author()).isEqualTo("ada");
            assertThat(note.text()).isEqualTo("Called: told her to set up Outlook again on Monday");
        });
        assertThat(search.history(id)).anySatisfy(entry -> {
            assertThat(entry.field()).isEqualTo("note");
            assertThat(entry.newValue()).isEqualTo("Called: told her to set up Outlook again on Monday");
        });
    }

    @Test
    @WithMockUser(username = "lena", roles = "LEAD")
    void the_lead_may_not_add_notes() {
        long id = search.findByAddress("user2@contoso.com").orElseThrow().id();

        assertThatThrownBy(() -> mailboxes.addNote(id, "hello")).isInstanceOf(AuthorizationDeniedException.class);
    }
}
