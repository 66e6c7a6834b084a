package org.migrationtracker.mailbox.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.menubar.MenuBarTester;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.migrationtracker.IntegrationTest;
import org.migrationtracker.mailbox.MailboxFilter;
import org.migrationtracker.mailbox.MailboxSearch;
import org.migrationtracker.security.UserPreferences;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

import java.util.EnumSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The columns each user chooses for the mailbox grid, and the fewer columns of a narrow screen. */
@IntegrationTest
@WithMockUser(username = "admin", roles = "ADMIN")
class MailboxGridColumnsTest extends SpringBrowserlessTest {

    @Autowired UserPreferences preferences;
    @Autowired MailboxSearch mailboxes;

    @AfterEach
    void everyColumnAgain() {
        preferences.hideColumns(MailboxGridColumn.GRID, Set.of());
    }

    @Test
    void a_hidden_column_stays_hidden_for_the_user_in_a_later_session() {
        var view = navigate(MailboxesView.class);
        assertThat(view.grid.shownColumns()).contains(MailboxGridColumn.DEPARTMENT, MailboxGridColumn.SIZE);

        new MenuBarTester<>(view.columns).clickItem("Columns", "Department");
        new MenuBarTester<>(view.columns).clickItem("Columns", "Size");

        assertThat(view.grid.shownColumns()).doesNotContain(MailboxGridColumn.DEPARTMENT, MailboxGridColumn.SIZE);
        assertThat(preferences.hiddenColumns(MailboxGridColumn.GRID)).containsExactlyInAnyOrder("DEPARTMENT", "SIZE");
        // a new session builds a new view from what is remembered
        var laterGrid = new MailboxGrid(mailboxes, MailboxFilter::all, matches -> { });
        new ColumnChooser(laterGrid, preferences);
        assertThat(laterGrid.shownColumns()).doesNotContain(MailboxGridColumn.DEPARTMENT, MailboxGridColumn.SIZE)
                .contains(MailboxGridColumn.NAME, MailboxGridColumn.BATCH);
    }

    @Test
    void address_state_and_readiness_cannot_be_hidden() {
        assertThat(MailboxGridColumn.optional()).doesNotContain(MailboxGridColumn.ADDRESS, MailboxGridColumn.STATE,
                MailboxGridColumn.READINESS);
        assertThat(MailboxGridColumn.shown(EnumSet.allOf(MailboxGridColumn.class), false))
                .containsExactlyInAnyOrder(MailboxGridColumn.ADDRESS, MailboxGridColumn.STATE, MailboxGridColumn.READINESS);
    }

    @Test
    void a_narrow_screen_keeps_state_and_readiness_and_drops_the_rest_but_the_batch() {
        var view = navigate(MailboxesView.class);

        view.columns.narrow(true);
        assertThat(view.grid.shownColumns()).containsExactly(MailboxGridColumn.ADDRESS, MailboxGridColumn.BATCH,
                MailboxGridColumn.STATE, MailboxGridColumn.READINESS);

        view.columns.narrow(false);
        assertThat(view.grid.shownColumns()).hasSize(MailboxGridColumn.values().length);
    }
}
