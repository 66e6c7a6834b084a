package org.migrationtracker.mailbox.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.provider.KeyMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.migrationtracker.IntegrationTest;
import org.migrationtracker.base.ui.CsvUploadDialog;
import org.migrationtracker.live.LiveUpdates;
import org.migrationtracker.live.Presence;
import org.migrationtracker.mailbox.BulkAction;
import org.migrationtracker.mailbox.BulkResult;
import org.migrationtracker.mailbox.InventoryImportService;
import org.migrationtracker.mailbox.MailboxDetails;
import org.migrationtracker.mailbox.MailboxEdits;
import org.migrationtracker.mailbox.MailboxFilter;
import org.migrationtracker.mailbox.MailboxSearch;
import org.migrationtracker.mailbox.Mailbox;
import org.migrationtracker.mailbox.MailboxState;
import org.migrationtracker.mailbox.MailboxesChanged;
import org.migrationtracker.mailbox.MailboxTestData;
import org.migrationtracker.mailbox.ReadinessReason;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
@WithMockUser(username = "ada", roles = "ADMIN")
class MailboxesViewTest extends SpringBrowserlessTest {

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
        var csv = new StringBuilder("DisplayName,PrimarySmtpAddress,Department,Database,UMEnabled\r\n");
        for (int i = 0; i < 300; i++) {
            csv.append("Person ").append(i).append(",p").append(i).append("@contoso.com,")
                    .append(i < 100 ? "Finance" : "Sales").append(",DB0").append(i % 2).append(',').append(i % 50 == 0).append("\r\n");
        }
        MailboxTestData.asAdmin(() -> imports.importInventory("inventory.csv", csv.toString().getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void the_grid_pages_lazily_and_filters_by_department_and_reason() {
        var view = navigate(MailboxesView.class);
        assertThat(test(view.grid).size()).isEqualTo(300);

        view.filters.department.setValue("Finance");
        assertThat(test(view.grid).size()).isEqualTo(100);

        view.filters.reason.setValue(ReadinessReason.UM_STILL_ENABLED);
        assertThat(test(view.grid).size()).isEqualTo(2);
        assertThat(test(view.grid).getRow(0).primaryAddress()).isIn("p0@contoso.com", "p50@contoso.com");
    }

    @Test
    void a_link_from_another_screen_opens_the_grid_with_its_filters_set() {
        var blocked = follow(MailboxesLink.blockedBy(ReadinessReason.UM_STILL_ENABLED));
        assertThat(blocked.filters.reason.getValue()).isEqualTo(ReadinessReason.UM_STILL_ENABLED);
        assertThat(blocked.filters.ready.getValue()).isEqualTo("no");
        assertThat(test(blocked.grid).size()).isEqualTo(6);

        var searched = follow(MailboxesLink.searching("p50@contoso.com"));
        assertThat(searched.filters.search.getValue()).isEqualTo("p50@contoso.com");
        assertThat(test(searched.grid).size()).isEqualTo(1);
    }

    private MailboxesView follow(MailboxesLink link) {
        UI.getCurrent().navigate(MailboxesLink.ROUTE, link.queryParameters());
        return (MailboxesView) getCurrentView();
    }

    @Test
    void a_bulk_action_on_all_matching_mailboxes_changes_them_in_one_go_and_shows_the_summary() {
        var view = navigate(MailboxesView.class);
        view.filters.department.setValue("Sales");
        view.allMatching.setValue(true);

        view.runBulk(new BulkAction.SetFullAccess(true));
        test(find(ConfirmDialog.class).single()).confirm();

        var summary = find(Paragraph.class).withId("bulk-summary").single();
        assertThat(summary.getText()).isEqualTo("grant FullAccess: 200 changed, 0 already so, 0 refused");
        var withAccess = new MailboxFilter(Set.of(), null, null, null, null, null, true, null, null);
        assertThat(mailboxes.count(withAccess)).isEqualTo(200);
    }

    @Test
    void a_refused_transition_is_listed_with_its_reason_in_the_summary() {
        var view = navigate(MailboxesView.class);
        view.filters.search.setValue("Person 7");
        test(view.grid).select(0);

        view.runBulk(new BulkAction.MoveTo(MailboxState.READY, ""));

        var summary = find(Paragraph.class).withId("bulk-summary").single();
        assertThat(summary.getText()).isEqualTo("move to Ready: 0 changed, 0 already so, 1 refused");
    }

    @Test
    void the_summary_and_the_refusal_reasons_are_in_the_users_language() {
        UI.getCurrent().setLocale(Locale.of("da"));
        var view = navigate(MailboxesView.class);
        view.filters.search.setValue("Person 7");
        test(view.grid).select(0);

        view.runBulk(new BulkAction.MoveTo(MailboxState.READY, ""));

        var summary = find(Paragraph.class).withId("bulk-summary").single().getText();
        @SuppressWarnings("unchecked")
        var refusals = (Grid<BulkResult.Refusal>)
                find(Grid.class).from(find(Dialog.class).single())
                        .single();
        String reason = test(refusals).getCellText(0, 1);
        assertThat(summary).isEqualTo("flyt til Klar: 0 ændret, 0 var det allerede, 1 afvist");
        assertThat(reason).startsWith("ikke klar: ").contains("FullAccess").doesNotContain("not ready", "{");
    }

    @Test
    void an_admin_imports_the_cloud_users_and_sees_the_summary() {
        var view = navigate(MailboxesView.class);
        test(view.importCloudUsers).click();
        var dialog = find(CsvUploadDialog.class).single();

        test(dialog.upload).upload("cloud-users.csv", "text/csv", ("UserPrincipalName,Mail,CreatedDateTime,AssignedLicenses\r\n"
                + "p1@contoso.com,p1@contoso.com,11/2/2026 9:05:00 AM,1\r\nghost@contoso.com,,11/2/2026 9:05:00 AM,0\r\n")
                .getBytes(StandardCharsets.UTF_8));

        assertThat(find(Span.class).from(dialog.outcome).all()).extracting(Span::getText).contains(
                "cloud-users.csv (Get-MgUser (Microsoft Graph)): 2 rows; 1 mailbox updated, 0 unchanged",
                "1 user without a mailbox in the tracker (cloud-only accounts are normal): ghost@contoso.com");
        assertThat(mailboxes.findByAddress("p1@contoso.com").orElseThrow().licenceDeadline())
                .isEqualTo(LocalDate.of(2026, 12, 2));
    }

    @Test
    void the_mailbox_dialog_shows_the_x500_addresses_one_per_line() {
        imports.importInventory("x500.csv", "PrimarySmtpAddress,EmailAddresses\r\nx5@contoso.com,SMTP:x5@contoso.com;X500:/o=Contoso/cn=x5;X500:/o=Contoso/cn=x5 old\r\n"
                .getBytes(StandardCharsets.UTF_8));
        navigate(MailboxesView.class);

        new MailboxDialog(mailboxes, edits, details, mailboxes.findByAddress("x5@contoso.com").orElseThrow(), true, true, live, presence, () -> { }).open();

        assertThat(find(Span.class).withId("mailbox-x500").single().getText())
                .isEqualTo("X500:/o=Contoso/cn=x5\nX500:/o=Contoso/cn=x5 old");
    }

    @Test
    @WithMockUser(username = "lena", roles = "LEAD")
    void the_lead_sees_the_grid_without_import_or_bulk_actions() {
        var view = navigate(MailboxesView.class);

        assertThat(test(view.grid).size()).isEqualTo(300);
        assertThat(view.importInventory.isVisible()).isFalse();
        assertThat(view.importCloudUsers.isVisible()).isFalse();
        assertThat(view.actions.isVisible()).isFalse();
        assertThat(find(Button.class).withId("import-recipients").all())
                .as("the recipients import is not shown").isEmpty();
    }

    @Test
    void an_admin_imports_the_recipients_export_from_the_toolbar() {
        navigate(MailboxesView.class);
        var button = find(Button.class).withId("import-recipients").single();

        assertThat(button.getText()).isEqualTo("Import recipients (mail users)");
        test(button).click();

        var dialog = find(CsvUploadDialog.class).single();
        assertThat(dialog.getHeaderTitle()).isEqualTo("Import recipients (mail users)");
    }

    @Test
    void a_change_elsewhere_replaces_the_rows_the_grid_holds_and_leaves_the_others_and_the_count_to_the_next_reload() {
        var view = navigate(MailboxesView.class);
        view.filters.department.setValue("Sales");
        var grid = test(view.grid);
        assertThat(grid.size()).isEqualTo(200);
        // the browser asks for the rows it shows
        view.grid.getDataCommunicator().setViewportRange(0, 50);
        roundTrip();
        var shown = grid.getRow(0);
        var held = view.grid.heldIds();
        long notHeld = mailboxes.findByAddress("p299@contoso.com").orElseThrow().id();
        assertThat(held).as("the rows sent for the visible range, not all 200").contains(shown.id())
                .doesNotContain(notHeld).hasSizeLessThan(200);

        // another admin moves a row on screen and one far down to another department
        jdbc.update("update mailbox set department = 'Legal', version = version + 1 where id in (?, ?)", shown.id(), notHeld);
        view.show(List.of(new MailboxesChanged(UUID.randomUUID(), List.of(shown.id(), notHeld))));

        @SuppressWarnings("unchecked")
        var sent = ((KeyMapper<Mailbox>) view.grid.getDataCommunicator().getKeyMapper()).objects();
        assertThat(sent).as("re-read and sent in place, not dropped from the screen")
                .filteredOn(m -> m.id() == shown.id()).extracting(m -> m.inventory().department()).contains("Legal");
        assertThat(view.matchingCount()).as("the count is the grid's, read again on the next reload").isEqualTo(200);

        // a change without ids (an import relayed from another instance) reloads the grid and its count
        view.show(List.of(new MailboxesChanged(UUID.randomUUID(), List.of())));
        roundTrip();
        // read before asking the grid's tester, which would count by itself
        assertThat(view.matchingCount()).isEqualTo(198);
        assertThat(view.allMatching.getLabel()).contains("198");
        assertThat(grid.size()).isEqualTo(198);
    }
}
