package org.migrationtracker.plan;

import org.junit.jupiter.api.Test;
import org.migrationtracker.batch.BatchStatus;
import org.migrationtracker.i18n.Message;
import org.migrationtracker.project.MigrationMethod;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.migrationtracker.plan.PlanFixtures.NOW;
import static org.migrationtracker.plan.PlanFixtures.TODAY;
import static org.migrationtracker.plan.PlanFixtures.facts;
import static org.migrationtracker.plan.PlanFixtures.recorded;
import static org.migrationtracker.project.MigrationMethod.STAGED;

/** The milestones in date order, from the plan, the batches and the licence deadlines. */
class TimelineTest {

    private static final ZoneId UTC = ZoneOffset.UTC;

    private static List<Milestone> timeline(PlanFixtures.Facts facts, Map<Step, StepRecord> recorded, List<Timeline.BatchDates> batches,
                                            Map<LocalDate, Integer> deadlines) {
        var built = facts.build();
        var plan = new PlanService.Plan(built.method(), PlanItem.compose(recorded, built, TODAY), built);
        return Timeline.of(plan, batches, new TreeMap<>(deadlines), TODAY, UTC);
    }

    private static Map<Step, StepRecord> records(StepRecord... records) {
        var map = new EnumMap<Step, StepRecord>(Step.class);
        for (var r : records) {
            map.put(r.step(), r);
        }
        return map;
    }

    @Test
    void milestones_are_ordered_by_day_then_time() {
        var recorded = records(
                recorded(Step.WELCOME_LETTER, StepStatus.OPEN, TODAY.plusDays(20), null, Map.of()),
                recorded(Step.TELL_USERS, StepStatus.DONE, null, Instant.parse("2026-10-01T09:00:00Z"), Map.of()),
                recorded(Step.AUTODISCOVER, StepStatus.OPEN, TODAY.plusDays(10), null, Map.of()));
        var batches = List.of(new Timeline.BatchDates("Finance1", BatchStatus.SYNCING, TODAY.minusDays(14),
                Instant.parse("2026-11-06T08:00:00Z"), null));

        var days = timeline(facts(STAGED), recorded, batches, Map.of(TODAY.plusDays(15), 4)).stream().map(Milestone::day).toList();

        assertThat(days).isSorted().containsExactly(LocalDate.of(2026, 10, 1), TODAY.minusDays(14), TODAY.minusDays(14),
                TODAY.plusDays(10), TODAY.plusDays(15), TODAY.plusDays(20));
    }

    @Test
    void a_batch_whose_planned_start_passed_while_created_is_late() {
        var batches = List.of(
                new Timeline.BatchDates("Sales1", BatchStatus.CREATED, TODAY.minusDays(2), null, null),
                new Timeline.BatchDates("Exec1", BatchStatus.CREATED, TODAY.plusDays(3), null, null),
                new Timeline.BatchDates("Finance1", BatchStatus.SYNCING, TODAY.minusDays(2), NOW.minus(Duration.ofDays(1)), null));

        var planned = timeline(facts(STAGED), Map.of(), batches, Map.of()).stream()
                .filter(m -> m.kind() == Milestone.Kind.BATCH_PLANNED).toList();

        assertThat(planned).extracting(Milestone::batch, Milestone::late)
                .containsExactlyInAnyOrder(tuple("Sales1", true),
                        tuple("Finance1", false), tuple("Exec1", false));
        assertThat(planned.stream().filter(m -> "Sales1".equals(m.batch())).findFirst().orElseThrow().what())
                .isEqualTo(Message.of("plan.milestone.BATCH_PLANNED.late", "Sales1"));
    }

    @Test
    void a_step_due_before_today_and_open_is_a_late_milestone() {
        var recorded = records(recorded(Step.SECURITY_GROUPS, StepStatus.OPEN, TODAY.minusDays(3), null, Map.of()),
                recorded(Step.WELCOME_LETTER, StepStatus.OPEN, TODAY.plusDays(3), null, Map.of()));

        var steps = timeline(facts(MigrationMethod.CUTOVER), recorded, List.of(), Map.of()).stream()
                .filter(m -> m.kind() == Milestone.Kind.STEP_DUE).toList();

        assertThat(steps).extracting(Milestone::step, Milestone::late, Milestone::what).containsExactly(
                tuple(Step.SECURITY_GROUPS, true,
                        Message.of("plan.milestone.STEP_DUE.late", Message.of("plan.step.SECURITY_GROUPS"))),
                tuple(Step.WELCOME_LETTER, false,
                        Message.of("plan.milestone.STEP_DUE", Message.of("plan.step.WELCOME_LETTER"))));
    }

    @Test
    void licence_deadlines_are_one_milestone_per_day_with_the_count() {
        var deadlines = Map.of(TODAY.minusDays(1), 2, TODAY.plusDays(9), 30, TODAY.plusDays(12), 5);

        var licences = timeline(facts(STAGED), Map.of(), List.of(), deadlines).stream()
                .filter(m -> m.kind() == Milestone.Kind.LICENCE_DEADLINE).toList();

        assertThat(licences).extracting(Milestone::day, Milestone::what, Milestone::late).containsExactly(
                tuple(TODAY.minusDays(1), Message.of("plan.milestone.LICENCE_DEADLINE.late", 2), true),
                tuple(TODAY.plusDays(9), Message.of("plan.milestone.LICENCE_DEADLINE", 30), false),
                tuple(TODAY.plusDays(12), Message.of("plan.milestone.LICENCE_DEADLINE", 5), false));
        assertThat(licences).allSatisfy(m -> assertThat(m.step()).isEqualTo(Step.ASSIGN_LICENCES));
    }

    @Test
    void the_mx_switch_and_the_end_of_its_72_hours_are_at_exact_times() {
        var switched = Instant.parse("2026-11-19T16:45:00Z");

        var mx = timeline(facts(STAGED).migrated().mx(switched), Map.of(), List.of(), Map.of()).stream()
                .filter(m -> m.kind() == Milestone.Kind.MX_SWITCH || m.kind() == Milestone.Kind.MX_WAIT_ENDS).toList();

        assertThat(mx).extracting(Milestone::kind, Milestone::at, Milestone::day).containsExactly(
                tuple(Milestone.Kind.MX_SWITCH, switched, LocalDate.of(2026, 11, 19)),
                tuple(Milestone.Kind.MX_WAIT_ENDS, Instant.parse("2026-11-22T16:45:00Z"),
                        LocalDate.of(2026, 11, 22)));
    }

    @Test
    void a_batch_removed_without_ever_starting_leaves_no_milestone() {
        var batches = List.of(new Timeline.BatchDates("Test1", BatchStatus.REMOVED, TODAY.minusDays(5), null, null));

        assertThat(timeline(facts(STAGED), Map.of(), batches, Map.of())).isEmpty();
    }
}
