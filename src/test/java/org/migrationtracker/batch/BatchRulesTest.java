package org.migrationtracker.batch;

import org.junit.jupiter.api.Test;
import org.migrationtracker.i18n.Message;
import org.migrationtracker.project.MigrationMethod;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class BatchRulesTest {

    @Test
    void a_batch_name_has_only_letters_and_digits() {
        assertThat(BatchRules.nameProblem("Finance1")).isEmpty();
        assertThat(BatchRules.nameProblem("Finance 1").map(Message::english)).hasValueSatisfying(problem -> assertThat(problem)
                .contains("'Finance 1' is not a valid batch name: use only letters and digits"));
        assertThat(BatchRules.nameProblem("Sales-Q3")).isPresent();
        assertThat(BatchRules.nameProblem("Økonomi")).as("not ASCII").isPresent();
        assertThat(BatchRules.nameProblem("").map(Message::english)).hasValue("A batch needs a name");
        assertThat(BatchRules.nameProblem("A".repeat(65))).isPresent();
    }

    @Test
    void a_staged_batch_holds_at_most_2000_mailboxes() {
        assertThat(BatchRules.sizeProblem(MigrationMethod.STAGED, 2_000)).isEmpty();
        assertThat(BatchRules.sizeProblem(MigrationMethod.STAGED, 2_001).map(Message::english)).hasValue(
                "A staged batch holds at most 2,000 mailboxes; these are 2,001: split them into numbered batches");
        assertThat(BatchRules.sizeProblem(MigrationMethod.HYBRID, 50_000)).isEmpty();
    }

    @Test
    void cutover_is_limited_to_2000_and_warned_above_150() {
        assertThat(BatchRules.sizeProblem(MigrationMethod.CUTOVER, 2_001)).isPresent();
        assertThat(BatchRules.warnings(MigrationMethod.CUTOVER, 150)).isEmpty();
        assertThat(BatchRules.warnings(MigrationMethod.CUTOVER, 151)).singleElement().extracting(Message::english).asString()
                .contains("fewer than 150 mailboxes").contains("older guidance: 1,000");
    }

    @Test
    void a_large_group_is_split_into_numbered_batches() {
        assertThat(BatchRules.splitNames("Finance", 4_500, 2_000)).containsExactly("Finance1", "Finance2", "Finance3");
        assertThat(BatchRules.splitNames("Sales2", 2_001, 2_000)).containsExactly("Sales1", "Sales2");
        assertThat(BatchRules.splitNames("HR", 2_000, 2_000)).containsExactly("HR1");
    }

    private static final Instant MX = Instant.parse("2026-11-01T08:00:00Z");

    @Test
    void removal_is_refused_at_71_hours_59_minutes_and_says_when_it_will_hold() {
        var now = MX.plus(Duration.ofHours(71).plusMinutes(59));

        var unmet = RemovalGuard.unmet(true, MX, now.minusSeconds(60), 0, 0, now);

        assertThat(unmet).containsExactly(Message.of("removal.wait-72h", MX, Instant.parse("2026-11-04T08:00:00Z")));
        assertThat(unmet.getFirst().english()).startsWith("72 hours have not passed since the MX change (").contains("that holds from");
    }

    @Test
    void removal_is_allowed_at_72_hours_when_the_batch_synced_after_the_mx_change_and_all_mailboxes_are_complete() {
        var now = MX.plus(Duration.ofHours(72));

        assertThat(RemovalGuard.unmet(true, MX, MX.plusSeconds(3600), 0, 0, now)).isEmpty();
    }

    @Test
    void every_unmet_condition_is_listed() {
        var now = MX.plus(Duration.ofDays(10));

        assertThat(RemovalGuard.unmet(false, null, null, 3, 0, now)).extracting(Message::english).containsExactly(
                "the MX record does not point to Microsoft 365 yet", "3 mailboxes in the batch are not completed yet");
        assertThat(RemovalGuard.unmet(true, MX, MX.minusSeconds(1), 0, 0, now)).containsExactly(
                Message.of("removal.not-synced-since", MX.minusSeconds(1)));
    }

    @Test
    void a_staged_batch_whose_mailboxes_are_not_mail_users_yet_cannot_be_removed() {
        var now = MX.plus(Duration.ofDays(10));

        assertThat(RemovalGuard.unmet(true, MX, MX.plusSeconds(3600), 0, 4, now)).extracting(Message::english).containsExactly(
                "4 mailboxes in the batch are completed but not converted to mail users yet (convert them, then route mail,"
                        + " then remove the batch)");
    }

    @Test
    void a_cutover_batch_cannot_start_with_directory_synchronisation_on() {
        assertThat(BatchRules.startProblems(MigrationMethod.CUTOVER, true, false)).extracting(Message::english).containsExactly(
                "directory synchronisation is on: a cutover migration fails with it (turn it off first, then record that in the"
                        + " project settings)");
        assertThat(BatchRules.startProblems(MigrationMethod.CUTOVER, false, false)).isEmpty();
    }

    @Test
    void a_cutover_batch_cannot_start_with_single_sign_on() {
        assertThat(BatchRules.startProblems(MigrationMethod.CUTOVER, false, true)).containsExactly(Message.of("batch.rule.cutover-sso"));
        assertThat(BatchRules.startProblems(MigrationMethod.CUTOVER, true, true)).hasSize(2);
    }

    @Test
    void a_staged_or_hybrid_batch_cannot_start_without_directory_synchronisation() {
        assertThat(BatchRules.startProblems(MigrationMethod.STAGED, false, false)).extracting(Message::english).containsExactly(
                "a staged migration needs directory synchronisation: set it up first, then record that in the project settings");
        assertThat(BatchRules.startProblems(MigrationMethod.HYBRID, false, true)).containsExactly(
                Message.of("batch.rule.hybrid-needs-dirsync"));
        assertThat(BatchRules.startProblems(MigrationMethod.STAGED, true, true)).isEmpty();
        assertThat(BatchRules.startProblems(MigrationMethod.HYBRID, true, false)).isEmpty();
        assertThat(BatchRules.startProblems(MigrationMethod.IMAP, false, false)).isEmpty();
    }
}
