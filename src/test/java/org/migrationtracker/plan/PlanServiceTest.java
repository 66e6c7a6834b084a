package org.migrationtracker.plan;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.migrationtracker.ApiCalls;
import org.migrationtracker.IntegrationTest;
import org.migrationtracker.batch.BatchService;
import org.migrationtracker.i18n.Message;
import org.migrationtracker.mailbox.MailboxFigures;
import org.migrationtracker.mailbox.MailboxTestData;
import org.migrationtracker.project.ProjectService;
import org.migrationtracker.security.TrackerUserName;
import org.migrationtracker.security.TrackerUserService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

/**
 * The plan against the real database: who may edit it, conflicts, history, the MX step writing the project's MX
 * record, and the mailbox counts its checks read. The application's clock is the system clock in every Spring test
 * (one shared context): times here are relative to now, and the 30-day licence arithmetic is checked on fixed dates.
 */
@IntegrationTest
@WithMockUser(username = "lead", roles = "LEAD")
class PlanServiceTest {

    private static final String DOMAIN = "@plan-test.contoso.com";

    @Autowired PlanService plans;
    @Autowired ProjectService project;
    @Autowired BatchService batches;
    @Autowired MailboxFigures tallies;
    @Autowired TrackerUserService users;
    @Autowired JdbcTemplate jdbc;

    private Map<String, Object> projectBefore;

    @BeforeEach
    void emptyPlan() {
        ApiCalls.ensureUsers(users, jdbc);
        projectBefore = jdbc.queryForMap("select method, directory_sync, single_sign_on, mx_points_to_cloud, mx_changed_at"
                + " from migration_project");
        clearPlan();
        MailboxTestData.clearWithBatches(jdbc);
        jdbc.update("update migration_project set method = 'STAGED', directory_sync = true, single_sign_on = false,"
                + " mx_points_to_cloud = false, mx_changed_at = null");
    }

    @AfterEach
    void restore() {
        clearPlan();
        jdbc.update("delete from mailbox where primary_address like ?", "%" + DOMAIN);
        jdbc.update("delete from migration_batch where name = 'PlanTest1'");
        jdbc.update("update migration_project set method = ?, directory_sync = ?, single_sign_on = ?, mx_points_to_cloud = ?,"
                        + " mx_changed_at = ?", projectBefore.get("method"), projectBefore.get("directory_sync"),
                projectBefore.get("single_sign_on"), projectBefore.get("mx_points_to_cloud"), projectBefore.get("mx_changed_at"));
    }

    private void clearPlan() {
        jdbc.update("delete from plan_step_history");
        jdbc.update("delete from plan_step");
    }

    private static StepChange change(StepStatus status, String owner, Map<StepField, String> values) {
        return new StepChange(status, owner, null, "", values);
    }

    private void mailbox(String name, String type, String state, String readiness, LocalDate cloudCreated, LocalDate licence,
                         boolean converted) {
        jdbc.update("insert into mailbox (primary_address, display_name, recipient_type, state, readiness, cloud_created_on,"
                        + " licence_assigned_on, mail_user_converted, imported_at, updated_at, updated_by)"
                        + " values (?, ?, ?, ?, ?::text[], ?, ?, ?, now(), now(), 'test')",
                name + DOMAIN, name, type, state, readiness, cloudCreated, licence, converted);
    }

    @Test
    void the_lead_saves_a_step_with_a_tracker_user_as_its_owner() {
        var due = LocalDate.now().plusDays(7);

        var saved = plans.update(Step.TELL_USERS, 0, new StepChange(StepStatus.IN_PROGRESS, "API-LEAD", due, "intranet post drafted", Map.of()));

        assertThat(saved.item().status()).isEqualTo(StepStatus.IN_PROGRESS);
        var item = plans.plan().item(Step.TELL_USERS);
        assertThat(item.record()).satisfies(r -> {
            assertThat(r.owner()).isEqualTo("api-lead");
            assertThat(r.dueOn()).isEqualTo(due);
            assertThat(r.note()).isEqualTo("intranet post drafted");
            assertThat(r.updatedBy()).isEqualTo("lead");
            assertThat(r.version()).isEqualTo(1);
        });
        assertThat(plans.owners()).extracting(TrackerUserName::username).contains("api-lead", "api-admin", "api-helpdesk");
    }

    @Test
    void an_owner_who_is_not_a_tracker_user_is_refused_and_nothing_is_saved() {
        assertThatThrownBy(() -> plans.update(Step.TELL_USERS, 0, change(StepStatus.OPEN, "nobody", Map.of())))
                .isInstanceOfSatisfying(StepRefused.class, refused ->
                        assertThat(refused.reasons()).containsExactly(Message.of("plan.owner-unknown", "nobody")));

        assertThat(plans.plan().item(Step.TELL_USERS).record().version()).isZero();
    }

    @Test
    void a_save_from_a_stale_version_is_a_conflict_and_keeps_the_first_save() {
        plans.update(Step.TELL_USERS, 0, change(StepStatus.IN_PROGRESS, "api-lead", Map.of()));

        assertThatThrownBy(() -> plans.update(Step.TELL_USERS, 0, change(StepStatus.DONE, "api-admin", Map.of())))
                .isInstanceOf(PlanConflict.class)
                .hasMessageContaining("was changed by lead");
        assertThat(plans.plan().item(Step.TELL_USERS).record()).satisfies(r -> {
            assertThat(r.status()).isEqualTo(StepStatus.IN_PROGRESS);
            assertThat(r.owner()).isEqualTo("api-lead");
        });
    }

    @Test
    @WithMockUser(username = "help", roles = "HELPDESK")
    void the_helpdesk_reads_the_plan_but_may_not_change_it() {
        assertThat(plans.plan().items()).isNotEmpty();
        assertThat(plans.owners()).extracting(TrackerUserName::username).contains("api-lead");

        assertThatThrownBy(() -> plans.update(Step.TELL_USERS, 0, change(StepStatus.DONE, null, Map.of())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(jdbc.queryForObject("select count(*) from plan_step", Integer.class)).isZero();
    }

    @Test
    void each_changed_part_of_a_step_is_one_history_entry() {
        var added = Instant.now().minus(Duration.ofDays(35)).truncatedTo(ChronoUnit.SECONDS).toString();
        plans.update(Step.VERIFY_DOMAIN, 0, new StepChange(StepStatus.IN_PROGRESS, "api-lead", null, "TXT at the registrar",
                Map.of(StepField.DOMAIN, "contoso.com", StepField.TXT_ADDED_AT, added)));
        plans.update(Step.VERIFY_DOMAIN, 1, new StepChange(StepStatus.DONE, "api-lead", null, "TXT at the registrar",
                Map.of(StepField.DOMAIN, "contoso.com", StepField.TXT_ADDED_AT, added)));

        var all = plans.history(Step.VERIFY_DOMAIN);
        assertThat(all).filteredOn(e -> e.field().equals("doneAt")).singleElement()
                .satisfies(e -> assertThat(e.oldValue()).isNull())
                .satisfies(e -> assertThat(Instant.parse(e.newValue())).isCloseTo(Instant.now(), within(1, ChronoUnit.MINUTES)));
        var history = all.stream().filter(e -> !e.field().equals("doneAt")).toList();

        assertThat(history).extracting(StepHistoryEntry::field, StepHistoryEntry::oldValue, StepHistoryEntry::newValue).containsExactly(
                tuple("status", "IN_PROGRESS", "DONE"),
                tuple("TXT_ADDED_AT", null, added),
                tuple("DOMAIN", null, "contoso.com"),
                tuple("note", null, "TXT at the registrar"),
                tuple("owner", null, "api-lead"),
                tuple("status", "OPEN", "IN_PROGRESS"));
        assertThat(history).allSatisfy(entry -> assertThat(entry.actor()).isEqualTo("lead"));
        assertThat(plans.plan().item(Step.VERIFY_DOMAIN).doneAt()).isNotNull();
    }

    @Test
    void a_step_ticked_after_the_fact_keeps_when_it_was_done_and_a_later_save_keeps_it_too() {
        var lastWeek = Instant.now().minus(Duration.ofDays(7)).truncatedTo(ChronoUnit.SECONDS);

        plans.update(Step.TELL_USERS, 0, change(StepStatus.DONE, null, Map.of()).withDoneAt(lastWeek));
        plans.update(Step.TELL_USERS, 1, new StepChange(StepStatus.DONE, "api-lead", null, "all staff told", Map.of()));

        assertThat(plans.plan().item(Step.TELL_USERS).doneAt()).isEqualTo(lastWeek);
    }

    @Test
    void a_high_ttl_is_saved_with_its_warning() {
        var saved = plans.update(Step.LOWER_MX_TTL, 0, change(StepStatus.DONE, null, Map.of(StepField.MX_TTL_SECONDS, "7200")));

        assertThat(saved.warnings()).containsExactly(Message.of("plan.ttl-high", 7200, 3600));
        assertThat(saved.item().status()).isEqualTo(StepStatus.DONE);
    }

    @Test
    void the_mx_step_done_records_the_projects_mx_switch_and_the_removal_guard_sees_it() {
        jdbc.update("insert into migration_batch (name, method, start_mode, status, last_synced_at, created_at, updated_at, updated_by)"
                + " values ('PlanTest1', 'STAGED', 'MANUAL', 'COMPLETED', now() - interval '2 days', now(), now(), 'test')");
        assertThat(batches.removalBlockers("PlanTest1")).contains(Message.of("removal.mx-not-moved"));
        var switched = Instant.now().minus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS);

        plans.update(Step.MX_SWITCH, 0, change(StepStatus.DONE, "api-lead", Map.of(StepField.MX_SWITCHED_AT, switched.toString())));

        var row = jdbc.queryForMap("select mx_points_to_cloud, mx_changed_at from migration_project");
        assertThat(row.get("mx_points_to_cloud")).isEqualTo(true);
        assertThat(((Timestamp) row.get("mx_changed_at")).toInstant()).isEqualTo(switched);
        assertThat(project.current().getMxChangedAt()).isEqualTo(switched);
        assertThat(batches.removalBlockers("PlanTest1")).doesNotContain(Message.of("removal.mx-not-moved"))
                .contains(Message.of("removal.wait-72h", switched, switched.plus(Duration.ofHours(72))));
        var plan = plans.plan();
        assertThat(plan.item(Step.MX_SWITCH).status()).isEqualTo(StepStatus.DONE);
        assertThat(plan.item(Step.MX_SWITCH).doneAt()).isEqualTo(switched);
        assertThat(plan.item(Step.WAIT_72H).check()).isNotNull()
                .satisfies(check -> assertThat(check.says().key()).isEqualTo("plan.check.wait-running"));
    }

    @Test
    void reopening_the_mx_step_clears_the_projects_mx_switch() {
        var switched = Instant.now().minus(Duration.ofHours(3)).truncatedTo(ChronoUnit.SECONDS);
        plans.update(Step.MX_SWITCH, 0, change(StepStatus.DONE, null, Map.of(StepField.MX_SWITCHED_AT, switched.toString())));

        plans.update(Step.MX_SWITCH, 1, change(StepStatus.OPEN, null, Map.of()));

        var row = jdbc.queryForMap("select mx_points_to_cloud, mx_changed_at from migration_project");
        assertThat(row.get("mx_points_to_cloud")).isEqualTo(false);
        assertThat(row.get("mx_changed_at")).isNull();
        assertThat(plans.plan().item(Step.MX_SWITCH).status()).isEqualTo(StepStatus.OPEN);
    }

    @Test
    void saving_the_mx_step_as_it_is_shown_keeps_a_switch_recorded_elsewhere_and_not_applicable_never_clears_it() {
        var first = Instant.now().minus(Duration.ofHours(5)).truncatedTo(ChronoUnit.SECONDS);
        plans.update(Step.MX_SWITCH, 0, change(StepStatus.DONE, null, Map.of(StepField.MX_SWITCHED_AT, first.toString())));
        // a script records a later switch through PUT /api/v1/project/mx
        var later = first.plus(Duration.ofHours(2));
        MailboxTestData.asAdmin(() -> project.recordMx(true, later, project.current().getVersion()));

        var shown = plans.plan().item(Step.MX_SWITCH);
        assertThat(shown.record().value(StepField.MX_SWITCHED_AT)).isEqualTo(later.toString());
        plans.update(Step.MX_SWITCH, shown.record().version(), new StepChange(StepStatus.DONE, null, null, "switched by the script",
                shown.record().values()));
        assertThat(project.current().getMxChangedAt()).isEqualTo(later);

        plans.update(Step.MX_SWITCH, shown.record().version() + 1, change(StepStatus.NOT_APPLICABLE, null, Map.of()));
        assertThat(project.current().isMxPointsToCloud()).isTrue();
        assertThat(project.current().getMxChangedAt()).isEqualTo(later);
    }

    @Test
    void the_tallies_count_the_inventory_to_move_and_the_licence_deadline_from_the_cloud_users_creation() {
        mailbox("ready-um", "USER", "READY", "{UM_STILL_ENABLED}", null, null, false);
        mailbox("no-access", "USER", "NOT_READY", "{NO_MAILBOX_ACCESS}", null, null, false);
        mailbox("no-write", "USER", "IN_BATCH", "{NO_WRITE_PROPERTY}", null, null, false);
        mailbox("syncing-um", "USER", "SYNCING", "{UM_STILL_ENABLED}", null, null, false);
        mailbox("completed-1", "USER", "COMPLETED", "{}", LocalDate.of(2026, 11, 1), null, false);
        mailbox("completed-2", "USER", "COMPLETED", "{}", LocalDate.of(2026, 11, 5), null, true);
        mailbox("shared", "SHARED", "DONE", "{}", LocalDate.of(2026, 10, 1), null, true);
        mailbox("licensed", "USER", "DONE", "{}", LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 10), true);
        mailbox("skipped", "USER", "SKIPPED", "{UM_STILL_ENABLED}", null, null, false);

        var tally = tallies.tally();

        assertThat(tally.mailboxes()).isEqualTo(8);
        assertThat(tally.toMigrate()).isEqualTo(4);
        assertThat(tally.umEnabled()).as("UM on mailboxes not yet running").isEqualTo(1);
        assertThat(tally.lackingPermissions()).isEqualTo(2);
        // from syncing on the mailbox is moving and its cloud user exists: it counts (no creation day known here)
        assertThat(tally.licencesMissing()).as("moved user mailboxes without a licence").isEqualTo(3);
        assertThat(tally.nearestLicenceDeadline()).as("the oldest cloud user + 30 days").isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(tally.awaitingConversion()).isEqualTo(1);
        assertThat(tallies.licenceDeadlines()).containsExactly(Map.entry(LocalDate.of(2026, 12, 1), 1), Map.entry(LocalDate.of(2026, 12, 5), 1));
    }

    @Test
    void the_licence_step_reads_the_missing_count_and_the_30_day_deadline() {
        mailbox("completed-1", "USER", "COMPLETED", "{}", LocalDate.of(2026, 11, 1), null, false);
        mailbox("completed-2", "USER", "COMPLETED", "{}", LocalDate.of(2026, 11, 1), null, false);

        var plan = plans.plan();

        assertThat(plan.item(Step.ASSIGN_LICENCES).check()).isEqualTo(new StepCheck(StepCheck.Outcome.WARNING,
                Message.of("plan.check.licences-deadline", 2, LocalDate.of(2026, 12, 1))));
        assertThat(plans.timeline()).filteredOn(m -> m.kind() == Milestone.Kind.LICENCE_DEADLINE)
                .extracting(Milestone::day, m -> m.what().args()).containsExactly(
                        tuple(LocalDate.of(2026, 12, 1), List.of(2)));
    }
}
