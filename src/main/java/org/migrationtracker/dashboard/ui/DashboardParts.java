package org.migrationtracker.dashboard.ui;

import org.migrationtracker.batch.BatchOverview;
import org.migrationtracker.dashboard.DashboardFigures;
import org.migrationtracker.mailbox.MailboxState;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What each part of one open dashboard last showed, as plain values: a change redraws only the parts whose values it
 * changed, so a permission recorded on three mailboxes rebuilds the blockers list and not the batch table, and the
 * push to every open dashboard carries only that (docs/adr/0043). The figures themselves are computed once per change
 * for all dashboards ({@code DashboardService}); this is the per-screen half.
 */
final class DashboardParts {

    enum Part { CONTENT, HEADLINE, PROGRESS, BATCHES, CHARTS, BLOCKERS, DUE, PLAN }

    /** A batch as the dashboard shows it: any change to the row bumps its version or changes its counts. */
    private record BatchKey(long id, long version, Object counts) {
    }

    private final Map<Part, Object> shown = new EnumMap<>(Part.class);

    /** Whether the part shows something else for these figures than it shows now; remembers them as shown. */
    boolean changed(Part part, DashboardFigures figures) {
        var now = key(part, figures);
        return !Objects.equals(shown.put(part, now), now);
    }

    private static Object key(Part part, DashboardFigures f) {
        return switch (part) {
            case CONTENT -> f.total() == 0;
            case HEADLINE -> List.of(f.states(), late(f), f.forecastLate(), day(f));
            case PROGRESS -> List.of(f.percentComplete(), String.valueOf(f.forecastFinish()), f.pacePerDay(),
                    String.valueOf(f.plannedFinish()), f.notPlanned());
            case BATCHES -> List.of(batches(f.batches()), late(f));
            case CHARTS -> List.of(f.completionsPerDay(), f.states(), batches(f.batches()), String.valueOf(f.plannedFinish()),
                    String.valueOf(f.forecastFinish()), day(f));
            case BLOCKERS -> f.blockers();
            case DUE -> List.of(f.licencesDueCount(), f.licencesDue(), f.removals(), f.count(MailboxState.FAILED), f.failed());
            case PLAN -> List.of(f.lateSteps(), f.nextSteps());
        };
    }

    private static List<BatchKey> batches(List<BatchOverview> batches) {
        return batches.stream().map(o -> new BatchKey(o.batch().getId(), o.batch().getVersion(),
                o.counts())).toList();
    }

    /** Which batches are late and how (the message says by how much); the headline's late list shows the same. */
    static List<Object> late(DashboardFigures f) {
        return f.lateBatches().stream().<Object>map(l -> List.of(l.overview().batch().getName(),
                l.lateness().message(l.overview().batch()))).toList();
    }

    /** What is late and due is of a day: a new day redraws it. */
    private static LocalDate day(DashboardFigures f) {
        return LocalDate.ofInstant(f.computedAt(), ZoneId.systemDefault());
    }
}
