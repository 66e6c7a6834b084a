package org.migrationtracker.batch.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.migrationtracker.IntegrationTest;
import org.migrationtracker.batch.BatchDraft;
import org.migrationtracker.batch.BatchService;
import org.migrationtracker.batch.BatchStatus;
import org.migrationtracker.batch.ConversionTestData;
import org.migrationtracker.batch.StartMode;
import org.migrationtracker.live.LiveUpdates;
import org.migrationtracker.live.Presence;
import org.migrationtracker.mailbox.BulkAction;
import org.migrationtracker.mailbox.BulkTarget;
import org.migrationtracker.mailbox.InventoryImportService;
import org.migrationtracker.mailbox.MailboxEdits;
import org.migrationtracker.mailbox.MailboxFilter;
import org.migrationtracker.mailbox.MailboxTestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
@WithMockUser(username = "ada", roles = "ADMIN")
class BatchesViewTest extends SpringBrowserlessTest {

    @Autowired InventoryImportService imports;
    @Autowired MailboxEdits mailboxes;
    @Autowired BatchService batches;
    @Autowired JdbcTemplate jdbc;
    @Autowired LiveUpdates live;
    @Autowired Presence presence;

    @BeforeEach
    void readyMailboxes() {
        MailboxTestData.clearWithBatches(jdbc);
        MailboxTestData.asAdmin(() -> {
            imports.importInventory("inventory.csv", MailboxTestData.inventory(2_500, "Finance"));
            mailboxes.bulk(new BulkAction.SetFullAccess(true), BulkTarget.matching(MailboxFilter.all()));
            mailboxes.bulk(new BulkAction.SetWriteProperty(true), BulkTarget.matching(MailboxFilter.all()));
        });
    }

    @Test
    void an_admin_builds_a_large_group_into_numbered_batches_and_sees_them_on_the_board() {
        var view = navigate(BatchesView.class);
        test(view.newBatch).click();
        var dialog = find(NewBatchDialog.class).single();
        test(dialog.name).setValue("Finance");
        dialog.department.setValue("Finance");

        assertThat(dialog.preview.getText()).isEqualTo("2,250 mailboxes match; a batch holds at most 2,000: they become Finance1, Finance2.");
        test(dialog.create).click();

        assertThat(find(Paragraph.class).withId("batch-created").single().getText()).isEqualTo("Created Finance1, Finance2 with 2,250 mailboxes.");
        assertThat(test(view.grid).size()).isEqualTo(2);
        assertThat(test(view.grid).getRow(0).counts().total()).isEqualTo(2_000);
    }

    /** A batch holding user1, then the board. */
    private BatchesView withBatch(String name, StartMode mode) {
        MailboxTestData.asAdmin(() -> batches.create(new BatchDraft(name, mode, null, "", ""),
                BulkTarget.addresses(List.of("user1@contoso.com")), false));
        return navigate(BatchesView.class);
    }

    @Test
    void starting_from_the_batch_dialog_moves_the_batch_and_shows_what_changed() {
        var view = withBatch("Pilot", StartMode.MANUAL);
        new BatchDialog(batches, "Pilot", true, live, presence, view::refresh).open();
        var dialog = find(BatchDialog.class).single();

        test(find(Button.class, dialog).withId("batch-start").single()).click();

        assertThat(dialog.outcome.getText()).isEqualTo("move batch mailboxes to Syncing: 1 changed, 0 already so, 0 refused");
        assertThat(batches.find("Pilot").orElseThrow().batch().getStatus()).isEqualTo(BatchStatus.SYNCING);
    }

    @Test
    void removing_too_early_shows_every_unmet_condition() {
        var view = withBatch("Early", StartMode.AUTOMATIC);
        new BatchDialog(batches, "Early", true, live, presence, view::refresh).open();
        var dialog = find(BatchDialog.class).single();

        test(find(Button.class, dialog).withId("batch-remove").single()).click();

        assertThat(dialog.problem.getText()).contains("may not be removed yet", "the MX record does not point to Microsoft 365 yet");
        assertThat(batches.find("Early").orElseThrow().batch().getStatus()).isEqualTo(BatchStatus.SYNCING);
    }

    @Test
    void removing_a_batch_asks_first_saying_what_happens_and_cancelling_keeps_it() {
        var view = withBatch("Unused", StartMode.MANUAL);
        new BatchDialog(batches, "Unused", true, live, presence, view::refresh).open();
        var dialog = find(BatchDialog.class).single();

        test(find(Button.class, dialog).withId("batch-remove").single()).click();
        var confirm = find(ConfirmDialog.class).single();
        assertThat(confirm.getElement().getProperty("header")).isEqualTo("Remove batch Unused?");
        assertThat(confirm.getElement().getProperty("message"))
                .isEqualTo("The batch never ran: its mailbox goes back to waiting for a batch. This cannot be undone.");
        test(confirm).cancel();
        assertThat(batches.find("Unused").orElseThrow().batch().getStatus()).isEqualTo(BatchStatus.CREATED);

        test(find(Button.class, dialog).withId("batch-remove").single()).click();
        test(find(ConfirmDialog.class).single()).confirm();
        assertThat(batches.find("Unused").orElseThrow().batch().getStatus()).isEqualTo(BatchStatus.REMOVED);
    }

    @Test
    void a_new_batch_with_a_bad_name_and_an_end_before_its_start_is_refused_at_both_fields_at_once() {
        var view = navigate(BatchesView.class);
        test(view.newBatch).click();
        var dialog = find(NewBatchDialog.class).single();

        dialog.name.setValue("Wave 1!");
        dialog.planned.setValue(java.time.LocalDate.of(2026, 12, 10));
        dialog.plannedEnd.setValue(java.time.LocalDate.of(2026, 12, 8));
        test(dialog.create).click();

        assertThat(dialog.name.isInvalid()).isTrue();
        assertThat(dialog.plannedEnd.isInvalid()).isTrue();
        assertThat(dialog.plannedEnd.getErrorMessage()).isEqualTo("the planned end (Dec 8, 2026) is before the planned start (Dec 10, 2026)");
        assertThat(batches.board()).as("nothing created").isEmpty();
    }

    @Test
    void the_board_shows_each_batchs_planned_window() {
        MailboxTestData.asAdmin(() -> batches.create(new BatchDraft("Window", StartMode.MANUAL, java.time.LocalDate.of(2026, 12, 1), "", "",
                java.time.LocalDate.of(2026, 12, 4)), BulkTarget.addresses(List.of("user1@contoso.com")), false));
        var view = navigate(BatchesView.class);

        assertThat(test(view.grid).getCellText(0, 4)).isEqualTo("Dec 1, 2026 – Dec 4, 2026");
    }

    @Test
    void the_status_badge_tells_removed_stopped_and_failed_apart_from_completed() {
        var completed = BatchStatusBadge.of(BatchStatus.COMPLETED, "", Locale.ENGLISH);
        var removed = BatchStatusBadge.of(BatchStatus.REMOVED, "", Locale.ENGLISH);
        var stopped = BatchStatusBadge.of(BatchStatus.STOPPED, "", Locale.ENGLISH);
        var failed = BatchStatusBadge.of(BatchStatus.FAILED, "", Locale.of("da"));

        var themes = java.util.stream.Stream.of(completed, removed, stopped, failed)
                .map(badge -> badge.getElement().getAttribute("theme")).toList();
        assertThat(themes).as("four different looks").doesNotHaveDuplicates();
        assertThat(themes.get(0)).isEqualTo("badge success");
        assertThat(themes.get(1)).doesNotContain("success");
        assertThat(removed.getText()).isEqualTo("Removed");
        assertThat(failed.getText()).as("in the reader's language").isEqualTo("Mislykkedes");
        assertThat(failed.getElement().getAttribute("title")).as("Exchange's own word").isEqualTo("Failed");
    }

    private static ConversionDownloads conversionDownloads(Component root) {
        if (root instanceof ConversionDownloads downloads) {
            return downloads;
        }
        return root.getChildren().map(BatchesViewTest::conversionDownloads).filter(Objects::nonNull).findFirst().orElse(null);
    }

    @Test
    void a_completed_staged_batch_offers_the_conversion_list_and_script_in_its_dialog() {
        MailboxTestData.asAdmin(() -> ConversionTestData.completedBatch(imports, mailboxes, batches));
        var view = navigate(BatchesView.class);
        new BatchDialog(batches, "Finance1", true, live, presence, view::refresh).open();

        var downloads = conversionDownloads(find(BatchDialog.class).single().content);

        assertThat(downloads.isVisible()).isTrue();
        assertThat(downloads.csv.getText()).isEqualTo("Conversion CSV");
        assertThat(downloads.script.getText()).isEqualTo("Conversion script");
        assertThat(downloads.csv.getHref()).isNotBlank();
    }

    @Test
    void a_batch_still_syncing_offers_no_conversion() {
        MailboxTestData.asAdmin(() -> batches.create(new BatchDraft("Running",
                StartMode.AUTOMATIC, null, "", ""), BulkTarget.addresses(List.of("user1@contoso.com")), false));
        var view = navigate(BatchesView.class);
        new BatchDialog(batches, "Running", true, live, presence, view::refresh).open();

        assertThat(conversionDownloads(find(BatchDialog.class).single().content).isVisible()).isFalse();
    }

    @Test
    void starting_a_staged_batch_without_directory_synchronisation_shows_why_it_is_refused() {
        jdbc.update("update migration_project set directory_sync = false");
        var view = withBatch("Pilot", StartMode.MANUAL);
        new BatchDialog(batches, "Pilot", true, live, presence, view::refresh).open();
        var dialog = find(BatchDialog.class).single();

        test(find(Button.class, dialog).withId("batch-start").single()).click();

        assertThat(dialog.problem.getText()).contains("a staged migration needs directory synchronisation");
        assertThat(batches.find("Pilot").orElseThrow().batch().getStatus()).isEqualTo(BatchStatus.CREATED);
    }

    @Test
    void the_status_import_offers_to_apply_rows_to_the_batch_the_export_names() {
        var view = navigate(BatchesView.class);

        test(view.importStatus).click();

        var option = find(Checkbox.class).withId("join-named-batch").single();
        assertThat(option.getLabel()).startsWith("Apply rows for mailboxes in no batch to the batch the export names");
        assertThat(option.getValue()).as("off unless the admin chooses it").isFalse();
    }

    @Test
    void an_imap_batch_offers_microsofts_imap_csv_only() {
        jdbc.update("update migration_project set method = 'IMAP'");
        var view = withBatch("Imap1", StartMode.MANUAL);
        var dialog = new BatchDialog(batches, "Imap1", true, live, presence, view::refresh);
        dialog.open();

        assertThat(dialog.csvWithPasswords.getText()).startsWith("Download the IMAP migration CSV");
        assertThat(dialog.csvWithPasswords.getParent().orElseThrow().isVisible()).isTrue();
        assertThat(dialog.csvWithoutPasswords.getParent()).as("no second link for IMAP").isEmpty();
    }

    @Test
    @WithMockUser(username = "lena", roles = "LEAD")
    void the_lead_sees_the_board_without_actions() {
        var view = navigate(BatchesView.class);

        assertThat(view.newBatch.isVisible()).isFalse();
        assertThat(view.importStatus.isVisible()).isFalse();
    }
}
