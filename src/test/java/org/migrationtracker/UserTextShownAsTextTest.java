package org.migrationtracker;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.renderer.LitRenderer;
import org.junit.jupiter.api.Test;
import org.migrationtracker.base.ui.NotesPanel;
import org.migrationtracker.lookup.ui.LookupView;
import org.migrationtracker.mailbox.InventoryImportService;
import org.migrationtracker.mailbox.MailboxTestData;
import org.migrationtracker.mailbox.ui.MailboxesView;
import org.migrationtracker.security.Role;
import org.migrationtracker.security.TrackerUserService;
import org.migrationtracker.security.token.ApiTokenScope;
import org.migrationtracker.security.token.ApiTokenService;
import org.migrationtracker.security.token.ui.ApiTokensView;
import org.migrationtracker.security.ui.UserAdminView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.migrationtracker.ShownAsText.MARKUP;
import static org.migrationtracker.ShownAsText.assertShownLiterally;

/** Text people type or import is shown as text on every screen that shows it, never taken as HTML. */
@IntegrationTest
@WithMockUser(username = "ada", roles = "ADMIN")
class UserTextShownAsTextTest extends SpringBrowserlessTest {

    @Autowired InventoryImportService imports;
    @Autowired TrackerUserService users;
    @Autowired ApiTokenService tokens;
    @Autowired JdbcTemplate jdbc;

    @Test
    void a_mailbox_or_batch_note_and_its_author_are_shown_as_text() {
        // mailbox notes and batch notes are both shown by the NotesPanel
        var panel = new NotesPanel(() -> List.of(new NotesPanel.Note(MARKUP, Instant.parse("2026-12-01T10:00:00Z"), MARKUP)),
                text -> { }, true);
        UI.getCurrent().add(panel);

        assertShownLiterally(panel);
        assertThat(panel.getElement().getTextRecursively()).contains(MARKUP + " · ").endsWith(MARKUP);
    }

    @Test
    void an_imported_display_name_and_department_are_shown_as_text_in_the_mailbox_grid_and_the_lookup_card() {
        importMailbox();

        var view = navigate(MailboxesView.class);
        var grids = find(Grid.class).from(view).all();
        assertThat(grids.stream().flatMap(grid -> cellTexts(grid).stream())).contains(MARKUP, MARKUP + " dept");
        grids.forEach(UserTextShownAsTextTest::assertNoLitRenderer);

        var card = navigate("lookup/markup@contoso.com", LookupView.class);
        assertShownLiterally(card);
    }

    @Test
    void a_tracker_users_display_name_is_shown_as_text_in_the_users_grid() {
        String username = "u" + UUID.randomUUID().toString().substring(0, 8);
        users.create(username, MARKUP, EnumSet.of(Role.HELPDESK), "a-long-password-for-markup");

        var view = navigate(UserAdminView.class);
        var grid = find(Grid.class).from(view).first();

        assertThat(cellTexts(grid)).contains(MARKUP);
        assertNoLitRenderer(grid);
    }

    @Test
    void an_api_token_name_is_shown_as_text_in_the_tokens_grid() {
        ApiCalls.ensureUsers(users, jdbc);
        tokens.createFor("api-admin", MARKUP, LocalDate.now().plusDays(30), ApiTokenScope.FULL);

        var view = navigate(ApiTokensView.class);
        var grid = find(Grid.class).from(view).first();

        assertThat(cellTexts(grid)).contains(MARKUP);
        assertNoLitRenderer(grid);
    }

    @Test
    void the_organisation_name_and_an_endpoints_name_and_account_are_shown_as_text_on_the_project_screen() {
        String before = jdbc.queryForObject("select organisation_name from migration_project", String.class);
        jdbc.update("update migration_project set organisation_name = ?", MARKUP);
        jdbc.update("""
                insert into migration_endpoint (name, kind, account, updated_at, updated_by)
                values (?, 'IMAP', ?, now(), 'ada')""", MARKUP, MARKUP + " account");
        try {
            var view = navigate(org.migrationtracker.project.ui.ProjectSettingsView.class);
            assertShownLiterally(view);
            var grid = find(Grid.class).from(view).first();
            assertThat(cellTexts(grid)).contains(MARKUP);
            assertNoLitRenderer(grid);
        } finally {
            jdbc.update("delete from migration_endpoint where name = ?", MARKUP);
            jdbc.update("update migration_project set organisation_name = ?", before);
        }
    }

    private void importMailbox() {
        MailboxTestData.clear(jdbc);
        MailboxTestData.asAdmin(() -> imports.importInventory("markup.csv", ("DisplayName,PrimarySmtpAddress,Alias,Department\n"
                + MARKUP + ",markup@contoso.com,markup," + MARKUP + " dept\n").getBytes(StandardCharsets.UTF_8)));
    }

    /** Every cell's text the grid sends to the browser as text (value columns; component columns are skipped). */
    private List<String> cellTexts(Grid<?> grid) {
        var tester = test(grid);
        var texts = new ArrayList<String>();
        for (int row = 0; row < Math.min(tester.size(), 500); row++) {
            for (int column = 0; column < grid.getColumns().size(); column++) {
                try {
                    texts.add(tester.getCellText(row, column));
                } catch (RuntimeException componentColumn) {
                    // a component column: its components are Vaadin's own and show text as text
                }
            }
        }
        return texts;
    }

    /**
     * A LitRenderer's template would be HTML in the browser; a value column is written as text, and a component
     * column (a LitRenderer with Vaadin's fixed template) holds components.
     */
    private static void assertNoLitRenderer(Grid<?> grid) {
        assertThat(grid.getColumns()).allSatisfy(column -> assertThat(column.getRenderer())
                .matches(renderer -> !(renderer instanceof LitRenderer) || renderer instanceof ComponentRenderer,
                        "a value or component renderer"));
    }
}
