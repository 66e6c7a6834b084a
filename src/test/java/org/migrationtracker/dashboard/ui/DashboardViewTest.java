package org.migrationtracker.dashboard.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.migrationtracker.IntegrationTest;
import org.migrationtracker.UiEventually;
import org.migrationtracker.batch.BatchDraft;
import org.migrationtracker.batch.BatchService;
import org.migrationtracker.batch.StartMode;
import org.migrationtracker.dashboard.DashboardService;
import org.migrationtracker.lookup.ui.LookupView;
import org.migrationtracker.mailbox.BulkAction;
import org.migrationtracker.mailbox.BulkTarget;
import org.migrationtracker.mailbox.InventoryImportService;
import org.migrationtracker.mailbox.MailboxFilter;
import org.migrationtracker.mailbox.MailboxEdits;
import org.migrationtracker.mailbox.MailboxState;
import org.migrationtracker.mailbox.MailboxTestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
@WithMockUser(username = "lena", roles = "LEAD")
class DashboardViewTest extends SpringBrowserlessTest {

    @Autowired InventoryImportService imports;
    @Autowired MailboxEdits mailboxes;
    @Autowired DashboardService dashboard;
    @Autowired DrawnCharts drawnCharts;
    @Autowired BatchService batches;
    @Autowired JdbcTemplate jdbc;
    @Autowired org.migrationtracker.project.ProjectService project;

    @BeforeEach
    void migration() {
        MailboxTestData.clearWithBatches(jdbc);
        MailboxTestData.asAdmin(() -> {
            imports.importInventory("inventory.csv", MailboxTestData.inventory(40, "Finance"));
            var some = BulkTarget.addresses(List.of("user1@contoso.com", "user2@contoso.com", "user3@contoso.com"));
            mailboxes.bulk(new BulkAction.SetFullAccess(true), some);
            mailboxes.bulk(new BulkAction.SetWriteProperty(true), some);
            for (var state : List.of(MailboxState.IN_BATCH, MailboxState.SYNCING, MailboxState.SYNCED, MailboxState.COMPLETED)) {
                mailboxes.bulk(new BulkAction.MoveTo(state, ""), some);
            }
            mailboxes.bulk(new BulkAction.MoveTo(MailboxState.SKIPPED, "leaves the company"), BulkTarget.addresses(List.of("user4@contoso.com")));
        });
    }

    @Test
    void the_headline_counts_the_whole_migration_and_the_blockers_link_to_the_filtered_grid() {
        // the lead's home is the dashboard: it was open before the data above was made, and follows it live
        var view = navigate(DashboardView.class);
        assertThat(UiEventually.eventually(() -> view.headlineText().contains("40mailboxes") && view.headlineText().contains("1skipped"))).isTrue();

        assertThat(view.headlineText()).contains("40", "mailboxes", "3", "done", "36", "not ready", "1", "skipped");
        assertThat(view.blockers.getElement().getTextRecursively())
                .contains("36 mailboxes: no FullAccess and no Receive As on their database",
                        "4 mailboxes: UM still enabled");
        assertThat(view.blockers.getElement().getChild(0).getChild(0).getAttribute("href"))
                .isEqualTo("mailboxes?reason=NO_MAILBOX_ACCESS&ready=false");
        assertThat(view.due.getElement().getTextRecursively()).contains("to assign within 7 days");
        assertThat(view.burnUp.getElement().getAttribute("role")).isEqualTo("img");
        assertThat(view.burnUp.getDescription()).as("the chart in words for screen readers")
                .isEqualTo("Progress over time: 3 of 40 mailboxes completed so far; the batches plan 0; 36 are in no batch yet.");
        assertThat(view.byBatch.getDescription()).isEqualTo("Mailboxes by state per batch: no batches yet.");
    }

    @Test
    void a_change_elsewhere_updates_the_dashboard_live_and_the_figures_are_computed_once_for_all_dashboards() throws Exception {
        var view = navigate(DashboardView.class);
        dashboard.figures();
        long before = dashboard.computationCount();

        CompletableFuture.runAsync(() -> MailboxTestData.asAdmin(() -> mailboxes.bulk(
                new BulkAction.MoveTo(MailboxState.SKIPPED, "shared mailbox, not moved"),
                BulkTarget.matching(MailboxFilter.all().withStates(Set.of(MailboxState.NOT_READY)))))).get();

        assertThat(UiEventually.eventually(() -> view.headlineText().contains("37skipped"))).isTrue();
        dashboard.figures();
        dashboard.figures();
        assertThat(dashboard.computationCount() - before).isEqualTo(1);
    }

    @Test
    void a_change_redraws_only_the_parts_it_touched_and_the_batch_table_follows_a_batch_change() throws Exception {
        MailboxTestData.asAdmin(() -> {
            var user5 = BulkTarget.addresses(List.of("user5@contoso.com"));
            mailboxes.bulk(new BulkAction.SetFullAccess(true), user5);
            mailboxes.bulk(new BulkAction.SetWriteProperty(true), user5);
            batches.create(new BatchDraft("Pilot", StartMode.MANUAL, LocalDate.now().plusDays(3), "", ""), user5, false);
        });
        var view = navigate(DashboardView.class);
        String inThreeDays = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Locale.ENGLISH).format(LocalDate.now().plusDays(3));
        // the lead's home was open before the batch was made: it follows live
        assertThat(UiEventually.eventually(() -> view.batches.rows().equals(List.of(List.of("Pilot", "Created",
                "0 of 1 finalised, 0 syncing or synced, 0 failed", inThreeDays, "", ""))))).isTrue();
        var batchRows = view.batches.rowsHtml();
        var planText = view.planSteps.getElement().getChild(0).getNode();
        var firstTile = view.headline.tiles.getElement().getChild(0);
        assertThat(view.headlineText()).contains("1skipped");

        // a mailbox skipped: the tiles change, the batches and the plan do not
        CompletableFuture.runAsync(() -> MailboxTestData.asAdmin(() -> mailboxes.bulk(new BulkAction.MoveTo(MailboxState.SKIPPED,
                "shared mailbox"), BulkTarget.addresses(List.of("user6@contoso.com"))))).get();
        assertThat(UiEventually.eventually(() -> view.headlineText().contains("2skipped"))).isTrue();
        assertThat(view.batches.rowsHtml()).as("the batch rows, not drawn again").isSameAs(batchRows);
        assertThat(view.planSteps.getElement().getChild(0).getNode()).as("the plan, not rebuilt").isSameAs(planText);
        assertThat(view.headline.tiles.getElement().getChild(0)).as("the tiles keep their elements; their numbers change")
                .isEqualTo(firstTile);

        // the batch starts: its row is drawn again, with its new status
        CompletableFuture.runAsync(() -> MailboxTestData.asAdmin(() -> batches.start("Pilot",
                batches.board().getFirst().batch().getVersion()))).get();
        assertThat(UiEventually.eventually(() -> view.batches.rows().getFirst().get(1).equals("Syncing"))).isTrue();
        assertThat(view.batches.rowsHtml()).isNotEqualTo(batchRows);
    }

    @Test
    void dashboards_in_one_language_share_one_drawing_of_the_charts_and_another_language_has_its_own() {
        var first = navigate(DashboardView.class);
        assertThat(UiEventually.eventually(() -> first.headlineText().contains("36not ready"))).isTrue();
        var figures = dashboard.latest();
        var english = drawnCharts.of(figures, Locale.ENGLISH);
        assertThat(drawnCharts.of(figures, Locale.ENGLISH)).as("drawn once for these figures and language").isSameAs(english);
        assertThat(first.burnUp.getOption()).isEqualTo(english.burnUp());
        assertThat(first.byBatch.getDescription()).isEqualTo(english.byBatchDescription());
        navigate(LookupView.class);
        var second = navigate(DashboardView.class);
        assertThat(second.burnUp.getOption()).isEqualTo(english.burnUp());
        assertThat(second.byBatch.getOption()).isEqualTo(english.byBatch());

        var danish = drawnCharts.of(figures, Locale.of("da"));
        assertThat(danish).isNotSameAs(english);
        assertThat(danish.burnUp()).contains("\"locale\":\"da\"");
        assertThat(danish.burnUpDescription()).isNotEqualTo(english.burnUpDescription());

        // new figures: drawn again
        MailboxTestData.asAdmin(() -> mailboxes.bulk(new BulkAction.MoveTo(MailboxState.SKIPPED, "shared mailbox"),
                BulkTarget.addresses(List.of("user7@contoso.com"))));
        var newer = dashboard.figures();
        assertThat(newer).isNotSameAs(figures);
        assertThat(drawnCharts.of(newer, Locale.ENGLISH)).isNotSameAs(english);
        assertThat(drawnCharts.of(newer, Locale.ENGLISH).burnUpDescription()).isNotEqualTo(english.burnUpDescription());
    }

    @Test
    void a_burst_of_changes_ends_with_the_screen_on_the_last() throws Exception {
        // how often a burst is computed for the screens: DashboardModuleTest, with the production interval
        var view = navigate(DashboardView.class);
        assertThat(UiEventually.eventually(() -> view.headlineText().contains("1skipped"))).isTrue();
        for (int i = 6; i <= 15; i++) {
            String address = "user" + i + "@contoso.com";
            CompletableFuture.runAsync(() -> MailboxTestData.asAdmin(() -> mailboxes.bulk(new BulkAction.MoveTo(MailboxState.SKIPPED,
                    "shared mailbox"), BulkTarget.addresses(List.of(address))))).get();
            // the screen asks after every change, as it does when a change's event arrives
            view.refresh();
        }
        assertThat(UiEventually.eventually(() -> view.headlineText().contains("11skipped"))).as("the last change shown").isTrue();
        assertThat(dashboard.figures().count(MailboxState.SKIPPED)).isEqualTo(11);
    }

    @Test
    void each_batch_shows_its_planned_start_and_when_it_actually_started_and_completed() {
        MailboxTestData.asAdmin(() -> {
            var user5 = BulkTarget.addresses(List.of("user5@contoso.com"));
            mailboxes.bulk(new BulkAction.SetFullAccess(true), user5);
            mailboxes.bulk(new BulkAction.SetWriteProperty(true), user5);
            batches.create(new BatchDraft("Pilot", StartMode.AUTOMATIC,
                    LocalDate.now().minusDays(1), "", ""), user5, false);
        });
        navigate(LookupView.class);
        var view = navigate(DashboardView.class);

        var row = view.batches.rows().getFirst();
        String today = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(Locale.ENGLISH).format(LocalDate.now());
        String yesterday = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(Locale.ENGLISH).format(LocalDate.now().minusDays(1));
        assertThat(row.get(0)).isEqualTo("Pilot");
        assertThat(row.get(1)).isEqualTo("Syncing");
        assertThat(row.get(2)).as("syncing counts as progress").isEqualTo("0 of 1 finalised, 1 syncing or synced, 0 failed");
        assertThat(row.get(3)).as("planned start, no planned end").isEqualTo(yesterday);
        assertThat(row.get(4)).as("started today, not completed yet").isEqualTo(today);
        assertThat(row.get(5)).as("it started, and has no planned end to overrun").isEmpty();
        assertThat(view.byBatch.getDescription()).contains("Pilot: 1 mailbox, 0 finalised, 0 failed");
    }

    @Test
    void the_csv_export_carries_the_figures_labelled_in_the_readers_language() {
        var csv = DashboardCsv.of(dashboard.figures(), Locale.ENGLISH);

        assertThat(csv).startsWith("Figure,Value\r\n").contains("Mailboxes,40\r\n", "Done,3\r\n", "State Skipped,1\r\n",
                "Percent complete,7.7\r\n", "Not ready: no FullAccess and no Receive As on their database,36\r\n");
        assertThat(DashboardCsv.of(dashboard.figures(), Locale.of("da")))
                .as("labelled in the reader's language, numbers as any spreadsheet reads them")
                .startsWith("Nøgletal,Værdi\r\n").contains("Postkasser,40\r\n", "Procent fuldført,7.7\r\n");
    }

    @Test
    void a_danish_lead_reads_the_dashboard_in_danish_with_danish_dates_on_the_chart() {
        UI.getCurrent().setLocale(Locale.of("da"));
        navigate(LookupView.class); // the home view was built in English before the switch
        var view = navigate(DashboardView.class);

        String today = DateTimeFormatter.ofLocalizedPattern("MMMd").withLocale(Locale.of("da"))
                .format(LocalDate.now());
        assertThat(view.burnUp.getOption()).contains("\"" + today + "\"").doesNotContain(LocalDate.now().toString());
        assertThat(view.blockers.getElement().getTextRecursively()).doesNotContain("mailbox(es)", "no FullAccess and no");
        assertThat(view.headlineText()).doesNotContain("mailboxes", "not ready");
    }

    @Test
    void the_tiles_hold_every_mailbox_once_and_say_so() {
        var view = navigate(DashboardView.class);
        assertThat(UiEventually.eventually(() -> view.headlineText().contains("36not ready"))).isTrue();

        int sum = view.headline.tiles.getChildren().skip(1)
                .mapToInt(tile -> Integer.parseInt(tile.getElement().getChild(0).getText().replace(",", ""))).sum();
        assertThat(sum).isEqualTo(40);
        assertThat(view.headlineText()).contains("36not ready", "3done", "0ready, not yet in a batch");
        assertThat(view.headline.sum.getText()).isEqualTo("Each of the 40 mailboxes is counted in exactly one tile: the six add up to all of them.");
    }

    @Test
    void a_batch_that_missed_its_planned_start_is_marked_late_in_its_row_and_counted_in_the_headline() {
        var planned = LocalDate.now().minusDays(2);
        MailboxTestData.asAdmin(() -> {
            var user5 = BulkTarget.addresses(List.of("user5@contoso.com"));
            mailboxes.bulk(new BulkAction.SetFullAccess(true), user5);
            mailboxes.bulk(new BulkAction.SetWriteProperty(true), user5);
            batches.create(new BatchDraft("Pilot", StartMode.MANUAL, planned, "", "", planned.plusDays(1)), user5, false);
        });
        navigate(LookupView.class);
        var view = navigate(DashboardView.class);

        String day = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Locale.ENGLISH).format(planned);
        assertThat(view.headline.late.getElement().getTextRecursively())
                .as("the batch, and the forecast: 3 done in 14 days will not finish 36 by the plan's last day")
                .contains("2 things are late", "Batch Pilot: Late: planned to start " + day, "The forecast (")
                .contains("is later than the plan (" + DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Locale.ENGLISH)
                        .format(planned.plusDays(1)) + ")");
        assertThat(view.headline.late.hasClassName("is-late")).isTrue();
        assertThat(view.batches.rows().getFirst().get(5)).isEqualTo("Late: planned to start " + day);
        assertThat(view.batches.rowClasses()).containsExactly("late");
        assertThat(view.batches.rows().getFirst().get(3)).as("the planned window")
                .isEqualTo(day + " – " + DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Locale.ENGLISH).format(planned.plusDays(1)));
        assertThat(DashboardCsv.of(dashboard.figures(), Locale.ENGLISH)).contains("Late (batches and forecast),2\r\n");
    }

    @Test
    void nothing_late_is_said_in_words_and_the_printout_names_the_organisation_and_the_time() {
        var view = navigate(DashboardView.class);
        assertThat(UiEventually.eventually(() -> view.headlineText().contains("36not ready"))).isTrue();

        assertThat(view.headline.late.getElement().getTextRecursively()).isEqualTo("Nothing is late against the plan.");
        assertThat(view.printHeader.getElement().getTextRecursively()).startsWith("Mailbox migration: status").contains(" · as of ");
        assertThat(view.progress.getElement().getTextRecursively())
                .as("the mailboxes no batch plans yet are named as the gap")
                .contains("36 mailboxes to move are in no batch yet");
    }

    @Test
    void the_charts_format_numbers_in_the_readers_locale_and_scale_to_their_lines() {
        UI.getCurrent().setLocale(Locale.of("da"));
        navigate(LookupView.class);
        var view = navigate(DashboardView.class);
        assertThat(UiEventually.eventually(() -> view.headlineText().contains("36ikke klar"))).isTrue();

        assertThat(view.burnUp.getOption()).contains("\"locale\":\"da\"").doesNotContain("\"max\"");
        assertThat(view.burnUp.getOption()).as("the gap to close").contains("Endnu ikke i en batch: 36");
    }

    @Test
    void a_batch_held_by_the_72_hours_says_the_time_it_may_go_once() {
        var switched = java.time.Instant.now().minus(java.time.Duration.ofHours(2));
        MailboxTestData.asAdmin(() -> {
            org.migrationtracker.batch.ConversionTestData.completedBatch(imports, mailboxes, batches);
            project.recordMxSwitch(true, switched);
        });
        try {
            navigate(LookupView.class);
            var view = navigate(DashboardView.class);

            var due = view.due.getElement().getTextRecursively();
            assertThat(due).contains("Batch Finance1 may be removed from", "at the earliest (72 hours after the MX switch), once also:");
            assertThat(due).as("the time is said once, not again in the 72-hour condition").doesNotContain("72 hours have not passed");
            String time = java.text.MessageFormat.format("{0,date,medium} {0,time,short}", java.util.Date.from(switched.plus(java.time.Duration.ofHours(72))));
            assertThat(due).contains(time);
            assertThat(due.indexOf(time)).isEqualTo(due.lastIndexOf(time));
        } finally {
            // the other tests start from an MX record on premises
            jdbc.update("update migration_project set mx_points_to_cloud = false, mx_changed_at = null");
        }
    }
}
