package org.migrationtracker.plan;

import org.jspecify.annotations.Nullable;
import org.migrationtracker.batch.BatchStatus;
import org.migrationtracker.batch.RemovalGuard;
import org.migrationtracker.i18n.Message;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SortedMap;

/** The migration's milestones in date order, from the plan, the batches and the licence deadlines: plain Java. */
public final class Timeline {

    private Timeline() {
    }

    /** A batch as the timeline needs it. */
    public record BatchDates(String name, BatchStatus status, @Nullable LocalDate plannedStart, @Nullable Instant startedAt,
                             @Nullable Instant completedAt) {
    }

    public static List<Milestone> of(PlanService.Plan plan, List<BatchDates> batches,
                                     SortedMap<LocalDate, Integer> licenceDeadlines, LocalDate today, ZoneId zone) {
        var milestones = new ArrayList<Milestone>();
        for (var batch : batches) {
            if (batch.status() == BatchStatus.REMOVED && batch.startedAt() == null) {
                continue;
            }
            if (batch.plannedStart() != null) {
                boolean late = batch.startedAt() == null && batch.status() == BatchStatus.CREATED && batch.plannedStart().isBefore(today);
                milestones.add(new Milestone(Milestone.Kind.BATCH_PLANNED, batch.plannedStart(), null,
                        Message.of(late ? "plan.milestone.BATCH_PLANNED.late" : "plan.milestone.BATCH_PLANNED", batch.name()),
                        late, Step.MIGRATE_MAILBOXES, batch.name(), "batch-planned-" + batch.name()));
            }
            if (batch.startedAt() != null) {
                milestones.add(new Milestone(Milestone.Kind.BATCH_STARTED, batch.startedAt().atZone(zone).toLocalDate(),
                        batch.startedAt(), Message.of("plan.milestone.BATCH_STARTED", batch.name()), false,
                        Step.MIGRATE_MAILBOXES, batch.name(), "batch-started-" + batch.name()));
            }
            if (batch.completedAt() != null) {
                milestones.add(new Milestone(Milestone.Kind.BATCH_COMPLETED, batch.completedAt().atZone(zone).toLocalDate(),
                        batch.completedAt(), Message.of("plan.milestone.BATCH_COMPLETED", batch.name()), false,
                        Step.MIGRATE_MAILBOXES, batch.name(), "batch-completed-" + batch.name()));
            }
        }
        for (var item : plan.items()) {
            if (!item.applies()) {
                continue;
            }
            var title = Message.of(item.step().messageKey());
            if (item.step() == Step.MX_SWITCH && item.doneAt() != null) {
                var at = item.doneAt();
                milestones.add(new Milestone(Milestone.Kind.MX_SWITCH, at.atZone(zone).toLocalDate(), at,
                        Message.of("plan.milestone.MX_SWITCH"), false, Step.MX_SWITCH, null, "mx-switch"));
                var ends = at.plus(RemovalGuard.MX_WAIT);
                milestones.add(new Milestone(Milestone.Kind.MX_WAIT_ENDS, ends.atZone(zone).toLocalDate(), ends,
                        Message.of("plan.milestone.MX_WAIT_ENDS"), false, Step.WAIT_72H, null, "mx-wait-ends"));
            } else if (item.status() == StepStatus.DONE && item.doneAt() != null) {
                milestones.add(new Milestone(Milestone.Kind.STEP_DONE, item.doneAt().atZone(zone).toLocalDate(), item.doneAt(),
                        Message.of("plan.milestone.STEP_DONE", title), false, item.step(), null, "step-" + item.step().name()));
            } else if (!item.finished() && item.dueOn() != null) {
                milestones.add(new Milestone(Milestone.Kind.STEP_DUE, item.dueOn(), null,
                        Message.of(item.late() ? "plan.milestone.STEP_DUE.late" : "plan.milestone.STEP_DUE", title),
                        item.late(), item.step(), null, "step-" + item.step().name()));
            }
        }
        licenceDeadlines.forEach((day, count) -> milestones.add(new Milestone(Milestone.Kind.LICENCE_DEADLINE, day, null,
                Message.of(day.isBefore(today) ? "plan.milestone.LICENCE_DEADLINE.late" : "plan.milestone.LICENCE_DEADLINE", count),
                day.isBefore(today), Step.ASSIGN_LICENCES, null, "licences-" + day)));
        milestones.sort(Comparator.comparing(Milestone::day)
                .thenComparing(m -> m.at() == null ? Instant.MIN : m.at())
                .thenComparing(Milestone::uid));
        return milestones;
    }
}
