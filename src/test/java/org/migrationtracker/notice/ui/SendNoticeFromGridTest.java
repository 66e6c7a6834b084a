package org.migrationtracker.notice.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarTester;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.migrationtracker.IntegrationTest;
import org.migrationtracker.mailbox.InventoryImportService;
import org.migrationtracker.mailbox.Mailbox;
import org.migrationtracker.mailbox.MailboxTestData;
import org.migrationtracker.mailbox.ui.MailboxesView;
import org.migrationtracker.notice.NoticeKind;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** "Send a notice…" in the mailbox grid's bulk menu queues the kind for the people chosen, each once. */
@IntegrationTest
@WithMockUser(username = "ada", roles = "ADMIN")
class SendNoticeFromGridTest extends SpringBrowserlessTest {

    @Autowired InventoryImportService imports;
    @Autowired JdbcTemplate jdbc;

    @BeforeEach
    void inventory() {
        jdbc.execute("truncate notice restart identity");
        MailboxTestData.clearWithBatches(jdbc);
        MailboxTestData.asAdmin(() -> imports.importInventory("people.csv", """
                DisplayName,PrimarySmtpAddress,RecipientTypeDetails,Languages
                Anne Dahl,anne@contoso.com,UserMailbox,da-DK
                Board Room,board@contoso.com,RoomMailbox,
                Sven Berg,sven@contoso.com,UserMailbox,sv-SE
                """.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void the_chosen_people_get_the_notice_in_their_language_and_a_room_none() {
        navigate(MailboxesView.class);
        @SuppressWarnings("unchecked")
        Grid<Mailbox> grid = find(Grid.class).single();
        for (int row = 0; row < 3; row++) {
            test(grid).select(row);
        }
        new MenuBarTester<>(find(MenuBar.class).withId("bulk-actions").single()).clickItem("Bulk action", "Send a notice…");
        var dialog = find(SendNoticeDialog.class).single();
        dialog.kind.setValue(NoticeKind.ANNOUNCEMENT);

        test(find(com.vaadin.flow.component.button.Button.class, dialog).withId("send-notice-go").single()).click();

        assertThat(dialog.outcome.getText()).isEqualTo("Queued: 2; had it already: 0; no person's mailbox (shared, room, equipment): 1");
        assertThat(jdbc.queryForList("select recipient || ' ' || language from notice order by recipient", String.class))
                .containsExactly("anne@contoso.com da", "sven@contoso.com sv");

        test(find(com.vaadin.flow.component.button.Button.class, dialog).withId("send-notice-go").single()).click();
        assertThat(dialog.outcome.getText()).isEqualTo("Queued: 0; had it already: 2; no person's mailbox (shared, room, equipment): 1");
    }
}
