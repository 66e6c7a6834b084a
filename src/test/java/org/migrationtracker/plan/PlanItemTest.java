package org.migrationtracker.plan;

import org.junit.jupiter.api.Test;
import org.migrationtracker.i18n.Message;

import java.time.Instant;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.migrationtracker.plan.PlanFixtures.NOW;
import static org.migrationtracker.plan.PlanFixtures.TODAY;
import static org.migrationtracker.plan.PlanFixtures.facts;
import static org.migrationtracker.plan.PlanFixtures.recorded;
import static org.migrationtracker.project.MigrationMethod.CUTOVER;
import static org.migrationtracker.project.MigrationMethod.STAGED;

/** The checklist as everyone sees it: per method, with the tracker's own checks and the project's MX record. */
class PlanItemTest {

    private static Map<Step, StepRecord> records(StepRecord... records) {
        var map = new EnumMap<Step, StepRecord>(Step.class);
        for (var r : records) {
            map.put(r.step(), r);
        }
        return map;
    }

    private static PlanItem item(List<PlanItem> items, Step step) {
        return items.stream().filter(i -> i.step() == step).findFirst().orElseThrow();
    }

    @Test
    void a_touched_step_the_new_method_drops_stays_not_applicable() {
        var recorded = records(recorded(Step.SECURITY_GROUPS, StepStatus.DONE));

        var items = PlanItem.compose(recorded, facts(STAGED).build(), TODAY);

        assertThat(item(items, Step.SECURITY_GROUPS)).satisfies(i -> {
            assertThat(i.applies()).isFalse();
            assertThat(i.status()).isEqualTo(StepStatus.NOT_APPLICABLE);
            assertThat(i.record().status()).isEqualTo(StepStatus.DONE);
        });
    }

    @Test
    void an_untouched_step_the_new_method_drops_disappears() {
        var items = PlanItem.compose(Map.of(), facts(STAGED).build(), TODAY);

        assertThat(items).extracting(PlanItem::step).doesNotContain(Step.SECURITY_GROUPS, Step.DIRSYNC_OFF)
                .containsExactlyElementsOf(Step.of(STAGED));
        // a row that exists but was never saved (version 0, no update time) is not "worked on"
        var blank = new StepRecord(Step.DIRSYNC_OFF, StepStatus.OPEN, null, null, null, "", Map.of(), null, "", 0);
        assertThat(PlanItem.compose(records(blank), facts(STAGED).build(), TODAY)).extracting(PlanItem::step)
                .doesNotContain(Step.DIRSYNC_OFF);
    }

    @Test
    void switching_back_shows_the_step_with_its_recorded_status_again() {
        var recorded = records(recorded(Step.SECURITY_GROUPS, StepStatus.IN_PROGRESS));
        assertThat(item(PlanItem.compose(recorded, facts(STAGED).build(), TODAY), Step.SECURITY_GROUPS).status())
                .isEqualTo(StepStatus.NOT_APPLICABLE);

        var back = item(PlanItem.compose(recorded, facts(CUTOVER).build(), TODAY), Step.SECURITY_GROUPS);

        assertThat(back.applies()).isTrue();
        assertThat(back.status()).isEqualTo(StepStatus.IN_PROGRESS);
    }

    @Test
    void dropped_steps_keep_the_catalogue_order_among_the_method_steps() {
        var recorded = records(recorded(Step.DIRSYNC_OFF, StepStatus.DONE));

        var steps = PlanItem.compose(recorded, facts(STAGED).build(), TODAY).stream().map(PlanItem::step).toList();

        assertThat(steps).isSortedAccordingTo(Comparator.naturalOrder()).contains(Step.DIRSYNC_OFF);
    }

    @Test
    void a_met_check_completes_the_step_by_the_tracker() {
        var f = facts(STAGED);
        f.umEnabled = 0;

        var um = item(PlanItem.compose(records(recorded(Step.DISABLE_UM, StepStatus.IN_PROGRESS)), f.build(), TODAY), Step.DISABLE_UM);

        assertThat(um.status()).isEqualTo(StepStatus.DONE);
        assertThat(um.doneByTracker()).isTrue();
        assertThat(um.check()).isNotNull().extracting(StepCheck::outcome).isEqualTo(StepCheck.Outcome.MET);
    }

    @Test
    void a_check_that_is_not_met_leaves_the_recorded_status() {
        var f = facts(STAGED);
        f.umEnabled = 3;

        var um = item(PlanItem.compose(Map.of(), f.build(), TODAY), Step.DISABLE_UM);

        assertThat(um.status()).isEqualTo(StepStatus.OPEN);
        assertThat(um.doneByTracker()).isFalse();
    }

    @Test
    void a_step_recorded_done_is_done_by_people_not_by_the_tracker() {
        var f = facts(STAGED);
        f.umEnabled = 0;
        var doneAt = NOW.minusSeconds(86_400);

        var um = item(PlanItem.compose(records(recorded(Step.DISABLE_UM, StepStatus.DONE, null, doneAt, Map.of())), f.build(), TODAY),
                Step.DISABLE_UM);

        assertThat(um.doneByTracker()).isFalse();
        assertThat(um.doneAt()).isEqualTo(doneAt);
    }

    @Test
    void a_recorded_not_applicable_stays_even_when_the_check_is_met() {
        var f = facts(STAGED);
        f.umEnabled = 0;

        var um = item(PlanItem.compose(records(recorded(Step.DISABLE_UM, StepStatus.NOT_APPLICABLE)), f.build(), TODAY), Step.DISABLE_UM);

        assertThat(um.applies()).isTrue();
        assertThat(um.status()).isEqualTo(StepStatus.NOT_APPLICABLE);
        assertThat(um.doneByTracker()).isFalse();
        assertThat(um.finished()).isTrue();
    }

    @Test
    void a_step_due_before_today_and_not_finished_is_late() {
        var recorded = records(
                recorded(Step.TELL_USERS, StepStatus.OPEN, TODAY.minusDays(1), null, Map.of()),
                recorded(Step.WELCOME_LETTER, StepStatus.IN_PROGRESS, TODAY.minusDays(3), null, Map.of()),
                recorded(Step.VERIFY_DOMAIN, StepStatus.DONE, TODAY.minusDays(5), NOW, Map.of()),
                recorded(Step.TEST_CONNECTIVITY, StepStatus.NOT_APPLICABLE, TODAY.minusDays(5), null, Map.of()),
                recorded(Step.DECOMMISSION, StepStatus.OPEN, TODAY, null, Map.of()),
                recorded(Step.AUTODISCOVER, StepStatus.OPEN, TODAY.plusDays(7), null, Map.of()));

        var items = PlanItem.compose(recorded, facts(STAGED).build(), TODAY);

        assertThat(items.stream().filter(PlanItem::late).map(PlanItem::step)).containsExactly(Step.TELL_USERS, Step.WELCOME_LETTER);
    }

    @Test
    void the_mx_step_shows_done_at_the_projects_mx_change_whoever_recorded_it() {
        var switched = Instant.parse("2026-11-18T07:30:00Z");

        var mx = item(PlanItem.compose(Map.of(), facts(STAGED).migrated().mx(switched).build(), TODAY), Step.MX_SWITCH);

        assertThat(mx.status()).isEqualTo(StepStatus.DONE);
        assertThat(mx.doneAt()).isEqualTo(switched);
    }

    @Test
    void a_recorded_mx_done_while_the_project_says_mx_is_not_switched_shows_open() {
        var recorded = records(recorded(Step.MX_SWITCH, StepStatus.DONE, null, NOW.minusSeconds(7_200),
                Map.of(StepField.MX_SWITCHED_AT, NOW.minusSeconds(7_200).toString())));

        var mx = item(PlanItem.compose(recorded, facts(STAGED).migrated().build(), TODAY), Step.MX_SWITCH);

        assertThat(mx.status()).isEqualTo(StepStatus.OPEN);
        assertThat(mx.doneAt()).isNull();
    }

    @Test
    void the_mx_step_shows_the_projects_switch_time_not_an_older_one_recorded_on_the_step() {
        var older = Instant.parse("2026-11-17T07:30:00Z");
        var project = Instant.parse("2026-11-18T07:30:00Z");
        var recorded = records(recorded(Step.MX_SWITCH, StepStatus.DONE, null, older,
                Map.of(StepField.MX_SWITCHED_AT, older.toString())));

        var mx = item(PlanItem.compose(recorded, facts(STAGED).migrated().mx(project).build(), TODAY), Step.MX_SWITCH);

        assertThat(mx.doneAt()).isEqualTo(project);
        assertThat(mx.record().value(StepField.MX_SWITCHED_AT)).isEqualTo(project.toString());
    }

    @Test
    void an_mx_record_in_the_cloud_without_a_time_is_in_progress_and_asks_for_the_time() {
        var facts = facts(STAGED).migrated().mx(null).build();

        var mx = item(PlanItem.compose(Map.of(), facts, TODAY), Step.MX_SWITCH);

        assertThat(mx.status()).isEqualTo(StepStatus.IN_PROGRESS);
        assertThat(mx.doneAt()).isNull();
        assertThat(mx.check()).isEqualTo(new StepCheck(StepCheck.Outcome.WARNING, Message.of("plan.check.mx-undated")));
    }

    @Test
    void only_a_finished_batch_the_72_hours_alone_keep_has_a_time_it_can_go() {
        var wait = Message.of("removal.wait-72h", NOW, NOW.plusSeconds(3_600));
        var sync = Message.of("removal.not-synced-since", NOW);

        assertThat(PlanFactsReader.waitsOnlyForTime(true, List.of(wait))).isTrue();
        assertThat(PlanFactsReader.waitsOnlyForTime(true, List.of(wait, sync))).isFalse();
        assertThat(PlanFactsReader.waitsOnlyForTime(false, List.of(wait))).isFalse();
        assertThat(PlanFactsReader.waitsOnlyForTime(true, List.of())).isFalse();
    }

    @Test
    void the_optional_flag_follows_the_method() {
        var items = PlanItem.compose(Map.of(), facts(CUTOVER).build(), TODAY);

        assertThat(item(items, Step.LOWER_MX_TTL).optional()).isTrue();
        assertThat(item(items, Step.MX_SWITCH).optional()).isFalse();
    }
}
