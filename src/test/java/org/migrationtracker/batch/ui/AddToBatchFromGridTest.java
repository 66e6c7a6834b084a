package org.migrationtracker.batch.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarTester;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.migrationtracker.IntegrationTest;
import org.migrationtracker.batch.BatchDraft;
import org.migrationtracker.batch.BatchService;
import org.migrationtracker.batch.StartMode;
import org.migrationtracker.mailbox.BulkTarget;
import org.migrationtracker.mailbox.InventoryImportService;
import org.migrationtracker.mailbox.Mailbox;
import org.migrationtracker.mailbox.MailboxFilter;
import org.migrationtracker.mailbox.MailboxSearch;
import org.migrationtracker.mailbox.MailboxSort;
import org.migrationtracker.mailbox.MailboxTestData;
import org.migrationtracker.mailbox.ui.MailboxesView;
import org.migrationtracker.mailbox.ui.RefusedRows;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The mailbox grid's "add to batch": the batch service's rules applied, what they refuse listed with the reason. */
@IntegrationTest
@WithMockUser(username = "ada", roles = "ADMIN")
class AddToBatchFromGridTest extends SpringBrowserlessTest {

    @Autowired InventoryImportService imports;
    @Autowired BatchService batches;
    @Autowired JdbcTemplate jdbc;
    @Autowired MailboxSearch mailboxes;

    @BeforeEach
    void twoBatches() {
        MailboxTestData.clearWithBatches(jdbc);
        MailboxTestData.asAdmin(() -> {
            imports.importInventory("inventory.csv", MailboxTestData.inventory(10, "Finance"));
            batches.create(new BatchDraft("Pilot", StartMode.MANUAL, null, "", ""), BulkTarget.addresses(List.of("user1@contoso.com")), false);
            batches.create(new BatchDraft("Wave2", StartMode.MANUAL, null, "", ""), BulkTarget.addresses(List.of("user2@contoso.com")), false);
        });
    }

    /** Ticks User 1 (in Pilot already) and User 3 (in no batch) in the grid and opens "Add to batch…". */
    private AddToBatchDialog addUser1AndUser3() {
        navigate(MailboxesView.class);
        @SuppressWarnings("unchecked")
        Grid<Mailbox> grid = find(Grid.class).single();
        test(grid).select(1);
        test(grid).select(3);
        assertThat(grid.getSelectedItems()).extracting(Mailbox::primaryAddress)
                .containsExactlyInAnyOrder("user1@contoso.com", "user3@contoso.com");
        new MenuBarTester<>(find(MenuBar.class).withId("bulk-actions").single()).clickItem("Bulk action", "Add to batch…");
        return find(AddToBatchDialog.class).single();
    }

    @Test
    void the_selection_joins_an_existing_batch_and_a_mailbox_in_another_batch_is_listed_with_the_reason() {
        var dialog = addUser1AndUser3();
        assertThat(dialog.getHeaderTitle()).isEqualTo("Add 2 mailboxes to a batch");
        dialog.existing.setValue("Wave2");

        test(dialog.add).click();

        assertThat(find(Paragraph.class).withId("bulk-summary").single().getText())
                .isEqualTo("add to batch Wave2: 1 changed, 0 already so, 1 refused");
        var refused = find(RefusedRows.class).single();
        assertThat(test(refused.grid()).getCellText(0, 0)).isEqualTo("user1@contoso.com");
        assertThat(refused.reasons()).containsExactly("already in batch Pilot");
        assertThat(batches.mailboxesOf("Wave2")).extracting(Mailbox::primaryAddress)
                .containsExactlyInAnyOrder("user2@contoso.com", "user3@contoso.com");
    }

    @Test
    void the_selection_becomes_a_new_batch_with_the_same_rules() {
        var dialog = addUser1AndUser3();
        dialog.choice.setValue(AddToBatchDialog.Choice.NEW);
        dialog.name.setValue("Wave3");

        test(dialog.add).click();

        assertThat(find(Paragraph.class).withId("bulk-summary").single().getText())
                .isEqualTo("add to batch Wave3: 1 changed, 0 already so, 1 refused");
        assertThat(find(RefusedRows.class).single().reasons()).containsExactly("already in batch Pilot");
        assertThat(batches.mailboxesOf("Wave3")).extracting(Mailbox::primaryAddress).containsExactly("user3@contoso.com");
    }

    @Test
    void a_batch_the_rules_refuse_is_said_in_the_dialog_and_nothing_changes() {
        var dialog = addUser1AndUser3();
        dialog.choice.setValue(AddToBatchDialog.Choice.NEW);
        dialog.name.setValue("Pilot");

        test(dialog.add).click();

        assertThat(dialog.problem.isVisible()).isTrue();
        assertThat(dialog.problem.getText()).contains("Pilot");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(batches.mailboxesOf("Pilot")).extracting(Mailbox::primaryAddress).containsExactly("user1@contoso.com");
    }

    @Test
    void the_grid_sorts_by_batch_with_mailboxes_in_no_batch_last() {
        var first = mailboxes.page(MailboxFilter.all(), MailboxSort.BATCH, true, 0, 3);
        var last = mailboxes.page(MailboxFilter.all(), MailboxSort.BATCH, false, 0, 2);

        assertThat(first).extracting(Mailbox::primaryAddress).startsWith("user1@contoso.com", "user2@contoso.com");
        assertThat(first.get(2).batch().batchName()).isNull();
        assertThat(last).extracting(Mailbox::primaryAddress).as("descending: Wave2 before Pilot, still before no batch")
                .containsExactly("user2@contoso.com", "user1@contoso.com");
    }
}
