package org.migrationtracker.plan;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One line of the checklist as everyone sees it: the step, whether the chosen method needs it, its status once the
 * tracker's own check and the project's MX record are taken into account, and what was recorded.
 *
 * @param applies       the chosen method needs the step (a step it dropped is kept, not applicable, when worked on)
 * @param status        the status shown: recorded, or {@link StepStatus#DONE} when the tracker's check is met
 * @param doneByTracker done because the tracker's check holds, not because someone said so
 * @param check         what the tracker finds by itself; null for a step it cannot check
 * @param late          due before today and neither done nor not applicable
 */
public record PlanItem(Step step, boolean applies, boolean optional, StepStatus status, boolean doneByTracker,
                       @Nullable StepCheck check, boolean late, @Nullable Instant doneAt, StepRecord record) {

    private static final Set<StepStatus> FINISHED = Set.of(StepStatus.DONE, StepStatus.NOT_APPLICABLE);

    public @Nullable LocalDate dueOn() {
        return record.dueOn();
    }

    public boolean finished() {
        return FINISHED.contains(status);
    }

    /**
     * The checklist for the method: its steps in the seeds' order, and the steps it does not need that someone
     * worked on (not applicable), from what was recorded and what the tracker finds.
     */
    public static List<PlanItem> compose(Map<Step, StepRecord> recorded, PlanFacts facts, LocalDate today) {
        return Arrays.stream(Step.values())
                .filter(step -> step.appliesTo(facts.method()) || recorded.containsKey(step) && recorded.get(step).touched())
                .map(step -> of(step, recorded.getOrDefault(step, StepRecord.untouched(step)), facts, today))
                .toList();
    }

    /**
     * The MX step's status as the checklist shows it: the project's MX record decides, whoever recorded it. Undone
     * elsewhere, or switched without a time (older data), it is not done until the time is recorded.
     */
    static StepStatus mxStatus(StepStatus recorded, boolean mxPointsToCloud, @Nullable Instant mxChangedAt) {
        if (recorded == StepStatus.NOT_APPLICABLE) {
            return recorded;
        }
        if (mxPointsToCloud) {
            return mxChangedAt != null ? StepStatus.DONE : StepStatus.IN_PROGRESS;
        }
        return recorded == StepStatus.DONE ? StepStatus.OPEN : recorded;
    }

    static PlanItem of(Step step, StepRecord record, PlanFacts facts, LocalDate today) {
        boolean applies = step.appliesTo(facts.method());
        var check = applies ? StepCheck.of(step, facts) : null;
        StepStatus status = record.status();
        Instant doneAt = record.doneAt();
        boolean byTracker = false;
        if (!applies) {
            status = StepStatus.NOT_APPLICABLE;
        } else if (step == Step.MX_SWITCH) {
            // the project's MX record is the one the removal guard reads: the step shows it, whoever recorded it
            var values = new EnumMap<StepField, String>(StepField.class);
            values.putAll(record.values());
            values.remove(StepField.MX_SWITCHED_AT);
            var shown = mxStatus(status, facts.mxPointsToCloud(), facts.mxChangedAt());
            if (shown == StepStatus.DONE) {
                doneAt = facts.mxChangedAt();
                values.put(StepField.MX_SWITCHED_AT, String.valueOf(facts.mxChangedAt()));
            } else if (shown != status || facts.mxPointsToCloud() && status != StepStatus.NOT_APPLICABLE) {
                doneAt = null; // undone elsewhere, or switched without a time
            }
            status = shown;
            record = new StepRecord(step, record.status(), record.owner(), record.dueOn(), record.doneAt(), record.note(),
                    values, record.updatedAt(), record.updatedBy(), record.version());
        } else if (status != StepStatus.DONE && status != StepStatus.NOT_APPLICABLE && check != null
                && check.outcome() == StepCheck.Outcome.MET) {
            status = StepStatus.DONE;
            byTracker = true;
        }
        boolean finished = FINISHED.contains(status);
        boolean late = !finished && record.dueOn() != null && record.dueOn().isBefore(today);
        return new PlanItem(step, applies, step.optionalFor(facts.method()), status, byTracker, check, late, doneAt, record);
    }
}
