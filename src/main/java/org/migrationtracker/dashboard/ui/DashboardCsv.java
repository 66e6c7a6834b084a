package org.migrationtracker.dashboard.ui;

import org.migrationtracker.csv.CsvCell;
import org.migrationtracker.dashboard.DashboardFigures;
import org.migrationtracker.dashboard.DashboardService;
import org.migrationtracker.i18n.Message;
import org.migrationtracker.mailbox.MailboxState;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;

/**
 * The dashboard's figures as CSV for a spreadsheet, labelled in the reader's language; numbers and dates stay plain
 * (ISO dates, a dot before decimals) so that any spreadsheet reads them. Counts go in as numbers, labels and batch names
 * as text ({@link CsvCell}: a batch name that would run as a formula is neutralised).
 */
final class DashboardCsv {

    private DashboardCsv() {
    }

    static String of(DashboardFigures f, Locale locale) {
        var csv = new StringBuilder();
        BiConsumer<Message, Object> row = (label, value) -> csv.append(CsvCell.line(List.of(label.in(locale), value), ','));
        row.accept(Message.of("dashboard.csv.figure"), Message.of("dashboard.csv.value").in(locale));
        row.accept(Message.of("dashboard.csv.mailboxes"), f.total());
        row.accept(Message.of("dashboard.csv.done"), f.done());
        row.accept(Message.of("dashboard.csv.in-flight"), f.inFlight());
        for (var state : MailboxState.values()) {
            row.accept(Message.of("dashboard.csv.state", state.message()), f.count(state));
        }
        row.accept(Message.of("dashboard.csv.percent"), BigDecimal.valueOf(f.percentComplete()).setScale(1, RoundingMode.HALF_UP));
        row.accept(Message.of("dashboard.csv.planned-finish"), f.plannedFinish() == null ? "" : f.plannedFinish());
        row.accept(Message.of("dashboard.csv.forecast-finish"), f.forecastFinish() == null ? "" : f.forecastFinish());
        row.accept(Message.of("dashboard.csv.not-planned"), f.notPlanned());
        row.accept(Message.of("dashboard.csv.late"), f.lateCount());
        row.accept(Message.of("dashboard.csv.licences-due", DashboardService.LICENCE_WARNING_DAYS), f.licencesDueCount());
        f.blockers().forEach((reason, count) -> row.accept(Message.of("dashboard.csv.not-ready", Message.of(reason.groupMessageKey())), count));
        f.batches().forEach(o -> {
            var b = o.batch();
            row.accept(Message.of("dashboard.csv.batch-finalised", b.getName(), b.getStatus().message()),
                    o.counts().finalized() + "/" + o.counts().total());
            row.accept(Message.of("dashboard.csv.batch-planned", b.getName()), b.getPlannedStart() == null ? "" : b.getPlannedStart());
            row.accept(Message.of("dashboard.csv.batch-planned-end", b.getName()), b.getPlannedEnd() == null ? "" : b.getPlannedEnd());
            row.accept(Message.of("dashboard.csv.batch-started", b.getName()), b.getStartedAt() == null ? "" : b.getStartedAt());
            row.accept(Message.of("dashboard.csv.batch-completed", b.getName()), b.getCompletedAt() == null ? "" : b.getCompletedAt());
        });
        f.lateBatches().forEach(late -> row.accept(Message.of("dashboard.csv.batch-late", late.overview().batch().getName()),
                late.lateness().message(late.overview().batch()).in(locale)));
        f.completionsPerDay().forEach((day, count) -> row.accept(Message.of("dashboard.csv.completed-on", day.toString()), count));
        return csv.toString();
    }
}
