package org.migrationtracker.mailbox.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.migrationtracker.IntegrationTest;
import org.migrationtracker.mailbox.BulkAction;
import org.migrationtracker.mailbox.BulkTarget;
import org.migrationtracker.mailbox.InventoryImportService;
import org.migrationtracker.mailbox.Mailbox;
import org.migrationtracker.mailbox.MailboxEdits;
import org.migrationtracker.mailbox.MailboxFilter;
import org.migrationtracker.mailbox.MailboxSearch;
import org.migrationtracker.mailbox.MailboxSort;
import org.migrationtracker.mailbox.MailboxState;
import org.migrationtracker.mailbox.MailboxTestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The grid's actions on many mailboxes: the confirmation, the refused rows, the move menu, the export, the address. */
@IntegrationTest
@WithMockUser(username = "ada", roles = "ADMIN")
class MailboxGridActionsTest extends SpringBrowserlessTest {

    @Autowired InventoryImportService imports;
    @Autowired MailboxSearch mailboxes;
    @Autowired MailboxEdits edits;
    @Autowired JdbcTemplate jdbc;

    @BeforeEach
    void inventory() {
        MailboxTestData.clear(jdbc);
        var csv = new StringBuilder("DisplayName,PrimarySmtpAddress,Department,Database\r\n");
        for (int i = 0; i < 30; i++) {
            csv.append("Person ").append(i).append(",p").append(i).append("@contoso.com,")
                    .append(i < 10 ? "Finance" : "Sales").append(",DB01\r\n");
        }
        csv.append("\"=HYPERLINK(\"\"http://evil\"\")\",formula@contoso.com,Sales,DB01\r\n");
        MailboxTestData.asAdmin(() -> imports.importInventory("inventory.csv", csv.toString().getBytes(StandardCharsets.UTF_8)));
    }

    private static MailboxFilter withFullAccess() {
        return new MailboxFilter(Set.of(), null, null, null, null, null, true, null, null);
    }

    @Test
    void an_action_on_all_matching_asks_first_with_the_count_and_the_change_and_cancel_changes_nothing() {
        var view = navigate(MailboxesView.class);
        view.filters.department.setValue("Sales");
        view.allMatching.setValue(true);

        view.runBulk(new BulkAction.SetFullAccess(true));

        var confirm = test(find(ConfirmDialog.class).single());
        assertThat(confirm.getHeader()).isEqualTo("Change all 21 matching mailboxes?");
        assertThat(confirm.getText()).startsWith("grant FullAccess: this applies to all 21 mailboxes that match the filter");
        confirm.cancel();
        assertThat(mailboxes.count(withFullAccess())).as("nothing changed").isZero();
        assertThat(find(Paragraph.class).withId("bulk-summary").all()).as("no result, nothing ran").isEmpty();
    }

    @Test
    void a_selection_ticked_row_by_row_runs_without_a_second_question() {
        var view = navigate(MailboxesView.class);
        test(view.grid).select(0);

        view.runBulk(new BulkAction.SetFullAccess(true));

        assertThat(find(ConfirmDialog.class).all()).isEmpty();
        assertThat(mailboxes.count(withFullAccess())).isEqualTo(1);
    }

    @Test
    void the_result_lists_every_refused_row_with_its_address_and_reason() {
        MailboxTestData.asAdmin(() -> edits.bulk(new BulkAction.SetFullAccess(true),
                BulkTarget.addresses(List.of("p1@contoso.com"))));
        var view = navigate(MailboxesView.class);
        view.filters.department.setValue("Finance");
        view.allMatching.setValue(true);

        view.runBulk(new BulkAction.MoveTo(MailboxState.SKIPPED, ""));
        test(find(ConfirmDialog.class).single()).confirm();

        assertThat(find(Paragraph.class).withId("bulk-summary").single().getText())
                .isEqualTo("move to Skipped: 0 changed, 0 already so, 10 refused");
        var refused = find(RefusedRows.class).single();
        assertThat(test(refused.grid()).size()).isEqualTo(10);
        assertThat(test(refused.grid()).getCellText(0, 0)).endsWith("@contoso.com");
        assertThat(refused.reasons()).hasSize(10).allSatisfy(reason -> assertThat(reason).isEqualTo("skipping needs a reason"));
    }

    @Test
    void move_to_state_offers_only_the_states_the_lifecycle_allows_with_how_many_may_take_each() {
        MailboxTestData.asAdmin(() -> edits.bulk(new BulkAction.MoveTo(MailboxState.SKIPPED, "leaves in December"),
                BulkTarget.addresses(List.of("p0@contoso.com"))));
        var view = navigate(MailboxesView.class);
        view.filters.department.setValue("Finance");
        view.grid.select(mailboxes.findByAddress("p0@contoso.com").orElseThrow());
        view.grid.select(mailboxes.findByAddress("p1@contoso.com").orElseThrow());

        var dialog = new MoveToStateDialog(view.statesOfTarget(), move -> { });

        var offered = test(dialog.state).getSuggestionItems();
        assertThat(offered).containsExactlyInAnyOrder(MailboxState.NOT_READY, MailboxState.READY, MailboxState.SKIPPED);
        assertThat(dialog.state.getItemLabelGenerator().apply(MailboxState.READY)).as("both may try").isEqualTo("Ready");
        assertThat(offered).as("a waiting mailbox joins a batch through Add to batch, which names the batch")
                .doesNotContain(MailboxState.IN_BATCH, MailboxState.SYNCING, MailboxState.DONE, MailboxState.FAILED);
    }

    @Test
    void move_to_state_on_all_matching_counts_the_states_in_the_database() {
        var view = navigate(MailboxesView.class);
        view.allMatching.setValue(true);

        var dialog = new MoveToStateDialog(view.statesOfTarget(), move -> { });

        assertThat(test(dialog.state).getSuggestionItems()).containsExactlyInAnyOrder(MailboxState.READY, MailboxState.SKIPPED);
    }

    @Test
    void the_csv_export_writes_the_filtered_grid_in_the_readers_language_and_neutralises_formulas() throws Exception {
        UI.getCurrent().setLocale(Locale.of("da"));
        var view = navigate(MailboxesView.class);
        view.filters.department.setValue("Sales");

        var out = new ByteArrayOutputStream();
        test(view.export).download(out);

        var lines = out.toString(StandardCharsets.UTF_8).split("\r\n");
        assertThat(lines[0]).as("a byte order mark, Danish headers, the Danish list separator")
                .isEqualTo("\uFEFFNavn;Primær SMTP-adresse;Afdeling;Database;Batch;Tilstand;Parathed;Størrelse");
        assertThat(lines).hasSize(1 + 21);
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("\"'=HYPERLINK(\"\"http://evil\"\")\";formula@contoso.com;Sales"));
        assertThat(lines).noneSatisfy(line -> assertThat(line).contains(";Finance;"));
        assertThat(lines[1]).contains(";Ikke klar;");
    }

    @Test
    void the_filters_are_written_to_the_address_and_read_back_from_it() {
        var view = navigate(MailboxesView.class);
        view.filters.department.setValue("Finance");
        view.filters.states.setValue(EnumSet.of(MailboxState.NOT_READY));

        var address = UI.getCurrent().getActiveViewLocation();
        assertThat(address.getPath()).isEqualTo("mailboxes");
        assertThat(address.getQueryParameters().getParameters())
                .isEqualTo(Map.of("state", List.of("NOT_READY"), "department", List.of("Finance")));

        // a shared address, or Back to an earlier one: the filters it names are set, the others cleared
        UI.getCurrent().navigate(MailboxesLink.ROUTE, QueryParameters.fromString("department=Sales&fullaccess=false"));
        var shown = (MailboxesView) getCurrentView();
        assertThat(shown.filters.department.getValue()).isEqualTo("Sales");
        assertThat(shown.filters.states.getValue()).isEmpty();
        assertThat(shown.filters.fullAccess.getValue()).isEqualTo("no");
        assertThat(test(shown.grid).size()).isEqualTo(21);
    }

    @Test
    void the_grid_sorts_by_readiness_ready_first_then_by_how_much_is_missing() {
        MailboxTestData.asAdmin(() -> {
            edits.bulk(new BulkAction.SetFullAccess(true), BulkTarget.addresses(List.of("p3@contoso.com", "p4@contoso.com")));
            edits.bulk(new BulkAction.SetWriteProperty(true), BulkTarget.addresses(List.of("p4@contoso.com")));
        });

        var page = mailboxes.page(MailboxFilter.all(), MailboxSort.READINESS, true, 0, 2);

        assertThat(page).extracting(Mailbox::primaryAddress).containsExactly("p4@contoso.com", "p3@contoso.com");
        assertThat(page.get(0).lifecycle().readinessReasons().size()).isLessThan(page.get(1).lifecycle().readinessReasons().size());
    }

    @Test
    void the_csv_export_writes_only_the_columns_shown_in_the_grids_sort() throws Exception {
        var view = navigate(MailboxesView.class);
        var hidden = List.of(MailboxGridColumn.NAME, MailboxGridColumn.DEPARTMENT, MailboxGridColumn.DATABASE, MailboxGridColumn.SIZE,
                MailboxGridColumn.BATCH);
        hidden.forEach(column -> view.columns.choose(column, false));
        view.columns.narrow(true); // a tablet shows fewer columns still; the file keeps the user's choice
        view.grid.sort(List.of(new GridSortOrder<>(
                view.grid.columns.get(MailboxGridColumn.ADDRESS), SortDirection.DESCENDING)));
        try {
            var out = new ByteArrayOutputStream();
            test(view.export).download(out);

            var lines = out.toString(StandardCharsets.UTF_8).split("\r\n");
            assertThat(lines[0]).isEqualTo("\uFEFFPrimary SMTP address,State,Readiness");
            assertThat(lines[1]).startsWith("p9@contoso.com,Not ready,");
        } finally {
            hidden.forEach(column -> view.columns.choose(column, true)); // the choice is remembered for the user
        }
    }
}
