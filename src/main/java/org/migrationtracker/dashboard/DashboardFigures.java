package org.migrationtracker.dashboard;

import org.jspecify.annotations.Nullable;
import org.migrationtracker.batch.BatchLateness;
import org.migrationtracker.batch.BatchOverview;
import org.migrationtracker.i18n.Message;
import org.migrationtracker.mailbox.Mailbox;
import org.migrationtracker.mailbox.MailboxState;
import org.migrationtracker.mailbox.ReadinessReason;
import org.migrationtracker.plan.PlanItem;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * Everything the lead's dashboard shows, computed once per change with one query per widget and shared by every
 * open dashboard; {@code lateSteps} and {@code nextSteps} are the project plan's late steps and the next ones due;
 * {@code plannedFinish} is the last day the batches plan (a batch's planned end, else its planned start).
 */
public record DashboardFigures(
        Map<MailboxState, Integer> states,
        @Nullable LocalDate plannedFinish,
        @Nullable LocalDate forecastFinish,
        double pacePerDay,
        SortedMap<LocalDate, Integer> completionsPerDay,
        List<BatchOverview> batches,
        Map<ReadinessReason, Integer> blockers,
        int licencesDueCount,
        List<Mailbox> licencesDue,
        List<Removal> removals,
        List<Mailbox> failed,
        Instant computedAt,
        List<PlanItem> lateSteps,
        List<PlanItem> nextSteps,
        List<LateBatch> lateBatches,
        String organisation) {

    public DashboardFigures {
        lateSteps = List.copyOf(lateSteps);
        nextSteps = List.copyOf(nextSteps);
        lateBatches = List.copyOf(lateBatches);
    }

    /** A batch late against its planned window, and how. */
    public record LateBatch(BatchOverview overview, BatchLateness lateness) {
    }

    /** The mailboxes in the tile: every mailbox is in exactly one, so the tiles add up to {@link #total()}. */
    public int tile(DashboardTile tile) {
        return states.entrySet().stream().filter(e -> DashboardTile.of(e.getKey()) == tile).mapToInt(Map.Entry::getValue).sum();
    }

    /** The forecast finishes after the plan's last day. */
    public boolean forecastLate() {
        return forecastFinish != null && plannedFinish != null && forecastFinish.isAfter(plannedFinish);
    }

    /** What is late: each late batch, and the forecast when it runs past the plan. */
    public int lateCount() {
        return lateBatches.size() + (forecastLate() ? 1 : 0);
    }

    /** Mailboxes to move that the batches' plan covers (a removed batch's mailboxes were planned too). */
    public int planned() {
        return batches.stream().mapToInt(o -> o.counts().total() - o.counts().skipped()).sum();
    }

    /** Mailboxes to move that no batch plans yet (waiting, ready or not): the gap the plan still has to close. */
    public int notPlanned() {
        return count(MailboxState.READY) + count(MailboxState.NOT_READY);
    }

    /** A batch that ran to completion, and when it may be removed (or why not yet). */
    public record Removal(String batch, @Nullable Instant mayRemoveFrom, List<Message> blockers) {
    }

    public int total() {
        return states.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Finalised in the cloud: completed, converted to a mail user, or done. */
    public int done() {
        return states.entrySet().stream().filter(e -> e.getKey().isMoved()).mapToInt(Map.Entry::getValue).sum();
    }

    public int inFlight() {
        return tile(DashboardTile.IN_FLIGHT);
    }

    public int count(MailboxState state) {
        return states.getOrDefault(state, 0);
    }

    /** Done out of every mailbox that is to move (skipped ones do not). */
    public double percentComplete() {
        int toMove = total() - count(MailboxState.SKIPPED);
        return toMove == 0 ? 0 : 100.0 * done() / toMove;
    }

    public int remaining() {
        return total() - count(MailboxState.SKIPPED) - done();
    }
}
