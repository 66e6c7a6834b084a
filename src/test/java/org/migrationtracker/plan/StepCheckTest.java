package org.migrationtracker.plan;

import org.junit.jupiter.api.Test;
import org.migrationtracker.i18n.Message;
import org.migrationtracker.mailbox.Mailbox;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.migrationtracker.plan.PlanFixtures.NOW;
import static org.migrationtracker.plan.PlanFixtures.facts;
import static org.migrationtracker.plan.StepCheck.Outcome.INFO;
import static org.migrationtracker.plan.StepCheck.Outcome.MET;
import static org.migrationtracker.plan.StepCheck.Outcome.WARNING;
import static org.migrationtracker.project.MigrationMethod.CUTOVER;
import static org.migrationtracker.project.MigrationMethod.HYBRID;
import static org.migrationtracker.project.MigrationMethod.IMAP;
import static org.migrationtracker.project.MigrationMethod.STAGED;

/** The tracker's own checks over what it knows, with their live counts. */
class StepCheckTest {

    private static StepCheck check(Step step, PlanFixtures.Facts facts) {
        var check = StepCheck.of(step, facts.build());
        assertThat(check).as("check of %s", step).isNotNull();
        return check;
    }

    private static PlanFacts.BatchFact batch(String name, boolean finished, List<Message> blockers, Instant removableAt) {
        return new PlanFacts.BatchFact(name, finished, blockers, removableAt);
    }

    @Test
    void steps_the_tracker_cannot_see_have_no_check() {
        assertThat(StepCheck.of(Step.TELL_USERS, facts(STAGED).build())).isNull();
        assertThat(StepCheck.of(Step.AUTODISCOVER, facts(STAGED).build())).isNull();
    }

    @Test
    void um_is_met_when_no_mailbox_to_move_has_it_enabled_and_warns_with_the_count() {
        var f = facts(STAGED);
        assertThat(check(Step.DISABLE_UM, f)).isEqualTo(new StepCheck(MET, Message.of("plan.check.um-met")));

        f.umEnabled = 7;
        assertThat(check(Step.DISABLE_UM, f)).isEqualTo(new StepCheck(WARNING, Message.of("plan.check.um-enabled", 7)));

        f.mailboxes = 0;
        assertThat(check(Step.DISABLE_UM, f)).isEqualTo(new StepCheck(INFO, Message.of("plan.check.no-inventory")));
    }

    @Test
    void missing_permissions_warn_for_cutover_and_staged_and_inform_for_hybrid() {
        for (var method : List.of(CUTOVER, STAGED)) {
            var f = facts(method);
            f.lackingPermissions = 12;
            assertThat(check(Step.GRANT_PERMISSIONS, f)).as("%s", method)
                    .isEqualTo(new StepCheck(WARNING, Message.of("plan.check.permissions-missing", 12)));
        }
        var hybrid = facts(HYBRID);
        hybrid.lackingPermissions = 12;
        assertThat(check(Step.GRANT_PERMISSIONS, hybrid)).isEqualTo(new StepCheck(INFO, Message.of("plan.check.permissions-missing", 12)));

        assertThat(check(Step.GRANT_PERMISSIONS, facts(STAGED)))
                .isEqualTo(new StepCheck(MET, Message.of("plan.check.permissions-met", 100)));
    }

    @Test
    void directory_sync_must_be_off_for_cutover_and_on_for_staged_and_hybrid() {
        var cutover = facts(CUTOVER);
        assertThat(check(Step.DIRSYNC_OFF, cutover).outcome()).isEqualTo(MET);
        cutover.directorySync = true;
        assertThat(check(Step.DIRSYNC_OFF, cutover)).isEqualTo(new StepCheck(WARNING, Message.of("plan.check.dirsync-on")));

        for (var method : List.of(STAGED, HYBRID)) {
            var f = facts(method);
            assertThat(check(Step.DIRSYNC_USERS, f)).as("%s on", method)
                    .isEqualTo(new StepCheck(INFO, Message.of("plan.check.dirsync-licences", Mailbox.LICENCE_GRACE_DAYS)));
            f.directorySync = false;
            assertThat(check(Step.DIRSYNC_USERS, f)).as("%s off", method)
                    .isEqualTo(new StepCheck(WARNING, Message.of("plan.check.dirsync-required")));
        }
    }

    @Test
    void the_endpoint_is_met_when_one_of_the_methods_kind_exists() {
        var f = facts(CUTOVER);
        assertThat(check(Step.CREATE_ENDPOINT, f)).isEqualTo(new StepCheck(MET, Message.of("plan.check.endpoint-met", "ContosoOA")));

        f.endpoints.clear();
        assertThat(check(Step.CREATE_ENDPOINT, f)).isEqualTo(new StepCheck(WARNING,
                Message.of("plan.check.endpoint-missing", Message.of("endpoint.kind.OUTLOOK_ANYWHERE"))));
        var imap = facts(IMAP);
        imap.endpoints.clear();
        assertThat(check(Step.CREATE_ENDPOINT, imap).says().english()).isEqualTo("No IMAP endpoint in the endpoint list yet");
    }

    @Test
    void migrating_counts_what_is_left_and_is_met_when_nothing_is() {
        var f = facts(STAGED);
        f.toMigrate = 40;
        assertThat(check(Step.MIGRATE_MAILBOXES, f)).isEqualTo(new StepCheck(INFO, Message.of("plan.check.to-migrate", 40, 100)));

        f.toMigrate = 0;
        assertThat(check(Step.MIGRATE_MAILBOXES, f)).isEqualTo(new StepCheck(MET, Message.of("plan.check.migrated-met", 100)));
    }

    @Test
    void conversion_counts_completed_mailboxes_not_yet_mail_users() {
        var f = facts(STAGED);
        assertThat(check(Step.CONVERT_MAIL_USERS, f)).isEqualTo(new StepCheck(INFO, Message.of("plan.check.conversion-later")));

        f.awaitingConversion = 5;
        assertThat(check(Step.CONVERT_MAIL_USERS, f)).isEqualTo(new StepCheck(INFO, Message.of("plan.check.conversion-waiting", 5)));

        f.awaitingConversion = 0;
        f.toMigrate = 0;
        assertThat(check(Step.CONVERT_MAIL_USERS, f)).isEqualTo(new StepCheck(MET, Message.of("plan.check.conversion-met")));
    }

    @Test
    void pointing_mx_before_every_mailbox_is_migrated_is_warned_about() {
        var f = facts(STAGED);
        f.toMigrate = 30;
        assertThat(check(Step.MX_SWITCH, f)).isEqualTo(new StepCheck(WARNING, Message.of("plan.check.mx-unmigrated", 30)));

        f.toMigrate = 0;
        assertThat(check(Step.MX_SWITCH, f)).isEqualTo(new StepCheck(INFO, Message.of("plan.check.mx-ready")));
    }

    @Test
    void an_early_mx_switch_warns_except_for_hybrid_and_a_timely_one_is_met() {
        var at = NOW.minus(Duration.ofHours(5));
        var early = facts(CUTOVER).mx(at);
        early.toMigrate = 3;
        assertThat(check(Step.MX_SWITCH, early)).isEqualTo(new StepCheck(WARNING, Message.of("plan.check.mx-early", at, 3)));

        var hybrid = facts(HYBRID).mx(at);
        hybrid.toMigrate = 3;
        assertThat(check(Step.MX_SWITCH, hybrid).outcome()).isEqualTo(MET);

        assertThat(check(Step.MX_SWITCH, facts(STAGED).migrated().mx(at))).isEqualTo(new StepCheck(MET, Message.of("plan.check.mx-met", at)));
    }

    @Test
    void the_72_hours_count_down_from_the_mx_switch_in_hours_rounded_up() {
        assertThat(check(Step.WAIT_72H, facts(STAGED))).isEqualTo(new StepCheck(INFO, Message.of("plan.check.wait-not-started")));

        var at = NOW.minus(Duration.ofHours(10)).minus(Duration.ofMinutes(30));
        var ends = at.plus(Duration.ofHours(72));
        // 61 h 30 min left: "in 62 h"
        assertThat(check(Step.WAIT_72H, facts(STAGED).migrated().mx(at)))
                .isEqualTo(new StepCheck(INFO, Message.of("plan.check.wait-running", ends, 62L)));

        var exactly = NOW.minus(Duration.ofHours(10));
        assertThat(check(Step.WAIT_72H, facts(STAGED).migrated().mx(exactly)).says().args()).containsExactly(exactly.plus(Duration.ofHours(72)), 62L);

        var oneMinuteLeft = NOW.minus(Duration.ofHours(72)).plusSeconds(60);
        assertThat(check(Step.WAIT_72H, facts(STAGED).migrated().mx(oneMinuteLeft)).says().args().get(1)).isEqualTo(1L);
    }

    @Test
    void the_72_hours_are_met_once_they_passed() {
        var at = NOW.minus(Duration.ofHours(72));

        assertThat(check(Step.WAIT_72H, facts(STAGED).migrated().mx(at)))
                .isEqualTo(new StepCheck(MET, Message.of("plan.check.wait-met", NOW)));
    }

    @Test
    void removable_batches_are_named_and_the_next_waits_for_the_end_of_the_72_hours() {
        var mx = NOW.minus(Duration.ofHours(70));
        var f = facts(STAGED).migrated().mx(mx);
        var wait = Message.of("removal.wait-72h", mx, mx.plus(Duration.ofHours(72)));
        f.batches.add(batch("Finance1", true, List.of(), null));
        f.batches.add(batch("Sales1", true, List.of(wait), mx.plus(Duration.ofHours(72))));

        assertThat(check(Step.REMOVE_BATCHES, f)).isEqualTo(new StepCheck(INFO,
                Message.of("plan.check.removable-from", 1, "Finance1", 1, mx.plus(Duration.ofHours(72)))));
    }

    @Test
    void a_batch_held_by_something_else_than_time_says_why() {
        var f = facts(STAGED).migrated().mx(NOW.minus(Duration.ofDays(5)));
        var unfinished = Message.of("removal.unfinished", 2);
        f.batches.add(batch("Finance1", true, List.of(), null));
        f.batches.add(batch("Sales1", true, List.of(unfinished), null));
        f.batches.add(batch("Exec1", false, List.of(), null));

        assertThat(check(Step.REMOVE_BATCHES, f)).isEqualTo(new StepCheck(INFO,
                Message.of("plan.check.removable-some", 1, "Finance1", 2, "Sales1", unfinished)));
    }

    @Test
    void when_no_batch_can_go_yet_it_says_so_and_from_when_or_why() {
        var mx = NOW.minus(Duration.ofHours(70));
        var f = facts(STAGED).mx(mx);
        var wait = Message.of("removal.wait-72h", mx, mx.plus(Duration.ofHours(72)));
        f.batches.add(batch("Sales1", true, List.of(wait), mx.plus(Duration.ofHours(72))));
        assertThat(check(Step.REMOVE_BATCHES, f)).isEqualTo(new StepCheck(INFO,
                Message.of("plan.check.removable-none-from", 1, mx.plus(Duration.ofHours(72)))));

        f.batches.clear();
        f.batches.add(batch("Exec1", false, List.of(), null));
        assertThat(check(Step.REMOVE_BATCHES, f)).isEqualTo(new StepCheck(INFO,
                Message.of("plan.check.removable-none-because", 1, "Exec1", Message.of("plan.check.not-finished"))));
    }

    @Test
    void every_batch_removable_and_none_left_are_said() {
        var f = facts(STAGED).migrated().mx(NOW.minus(Duration.ofDays(5)));
        f.batches.add(batch("Finance1", true, List.of(), null));
        f.batches.add(batch("Sales1", true, List.of(), null));
        assertThat(check(Step.REMOVE_BATCHES, f)).isEqualTo(new StepCheck(INFO, Message.of("plan.check.removable-all", "Finance1, Sales1")));

        f.batches.clear();
        assertThat(check(Step.REMOVE_BATCHES, f)).isEqualTo(new StepCheck(MET, Message.of("plan.check.removed-all")));
        assertThat(check(Step.REMOVE_BATCHES, facts(STAGED))).isEqualTo(new StepCheck(INFO, Message.of("plan.check.no-batches")));
    }

    @Test
    void missing_licences_are_counted_with_the_nearest_deadline() {
        var f = facts(STAGED);
        f.toMigrate = 20;
        f.licencesMissing = 14;
        f.nearestLicenceDeadline = LocalDate.of(2026, 12, 1);
        assertThat(check(Step.ASSIGN_LICENCES, f))
                .isEqualTo(new StepCheck(WARNING, Message.of("plan.check.licences-deadline", 14, LocalDate.of(2026, 12, 1))));

        f.nearestLicenceDeadline = null;
        assertThat(check(Step.ASSIGN_LICENCES, f)).isEqualTo(new StepCheck(WARNING, Message.of("plan.check.licences-missing", 14)));

        f.licencesMissing = 0;
        assertThat(check(Step.ASSIGN_LICENCES, f)).isEqualTo(new StepCheck(INFO, Message.of("plan.check.licences-none-missing")));
        f.toMigrate = 0;
        assertThat(check(Step.ASSIGN_LICENCES, f)).isEqualTo(new StepCheck(MET, Message.of("plan.check.licences-met")));
    }

    @Test
    void decommissioning_after_a_cutover_with_single_sign_on_planned_is_warned_about() {
        var cutover = facts(CUTOVER);
        assertThat(StepCheck.of(Step.DECOMMISSION, cutover.build())).isNull();

        cutover.singleSignOn = true;
        assertThat(check(Step.DECOMMISSION, cutover)).isEqualTo(new StepCheck(WARNING, Message.of("plan.check.decommission-sso")));

        var staged = facts(STAGED);
        staged.singleSignOn = true;
        assertThat(StepCheck.of(Step.DECOMMISSION, staged.build())).isNull();
    }
}
