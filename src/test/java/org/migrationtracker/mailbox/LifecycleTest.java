package org.migrationtracker.mailbox;

import org.junit.jupiter.api.Test;
import org.migrationtracker.i18n.Message;
import org.migrationtracker.project.MigrationMethod;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.migrationtracker.mailbox.MailboxFixtures.finished;
import static org.migrationtracker.mailbox.MailboxFixtures.mailbox;
import static org.migrationtracker.mailbox.MailboxFixtures.notReady;
import static org.migrationtracker.mailbox.MailboxState.*;
import static org.migrationtracker.project.MigrationMethod.CUTOVER;
import static org.migrationtracker.project.MigrationMethod.HYBRID;
import static org.migrationtracker.project.MigrationMethod.STAGED;

class LifecycleTest {

    @Test
    void a_ready_mailbox_in_a_batch_may_start_syncing() {
        assertThat(refusal(mailbox(IN_BATCH), SYNCING, STAGED, "")).isEmpty();
    }

    @Test
    void an_unready_mailbox_may_not_enter_a_running_batch_and_the_reason_says_why() {
        var refusal = refusal(notReady(IN_BATCH, STAGED), SYNCING, STAGED, "");

        assertThat(refusal).hasValueSatisfying(reason -> assertThat(reason)
                .contains("may not enter a running batch")
                .contains("UM still enabled")
                .contains("no FullAccess and no Receive As on database DB02")
                .contains("WriteProperty on TargetAddress missing"));
    }

    @Test
    void an_unready_mailbox_cannot_be_marked_ready() {
        assertThat(refusal(notReady(NOT_READY, CUTOVER), READY, CUTOVER, ""))
                .hasValueSatisfying(reason -> assertThat(reason).startsWith("not ready: "));
    }

    @Test
    void a_mailbox_is_not_converted_to_a_mail_user_before_completion() {
        assertThat(refusal(mailbox(SYNCED), CONVERTED_TO_MAIL_USER, STAGED, ""))
                .hasValue("cannot go from Synced to Mail user");
    }

    @Test
    void only_a_staged_migration_converts_to_mail_users() {
        assertThat(refusal(mailbox(COMPLETED), CONVERTED_TO_MAIL_USER, STAGED, "")).isEmpty();
        assertThat(refusal(mailbox(COMPLETED), CONVERTED_TO_MAIL_USER, CUTOVER, ""))
                .hasValueSatisfying(reason -> assertThat(reason).contains("only a staged migration"));
        assertThat(refusal(mailbox(COMPLETED), CONVERTED_TO_MAIL_USER, HYBRID, "")).isPresent();
    }

    @Test
    void a_staged_mailbox_is_converted_before_it_is_done() {
        var completed = finished(COMPLETED, false, false, true, LocalDate.of(2026, 11, 2));

        assertThat(refusal(completed, DONE, STAGED, ""))
                .hasValue("a staged mailbox is converted to a mail user before it is done");
    }

    @Test
    void done_needs_a_licence_um_reenabled_and_a_new_outlook_profile() {
        var converted = finished(CONVERTED_TO_MAIL_USER, true, false, false, null);

        assertThat(refusal(converted, DONE, STAGED, ""))
                .hasValue("not done yet: licence not assigned; UM not re-enabled; Outlook profile not reconfigured");
    }

    @Test
    void a_hybrid_mailbox_is_done_without_a_new_outlook_profile() {
        var completed = finished(COMPLETED, false, false, false, LocalDate.of(2026, 11, 2));

        assertThat(refusal(completed, DONE, HYBRID, "")).isEmpty();
        assertThat(refusal(completed, DONE, CUTOVER, "")).hasValue("not done yet: Outlook profile not reconfigured");
    }

    @Test
    void a_failure_needs_its_error_text_and_a_retry_returns_to_the_batch() {
        assertThat(refusal(mailbox(SYNCING), FAILED, STAGED, "")).hasValue("a failure needs the error text");
        assertThat(refusal(mailbox(SYNCING), FAILED, STAGED, "MapiExceptionLogonFailed")).isEmpty();
        assertThat(refusal(mailbox(FAILED), IN_BATCH, STAGED, "")).isEmpty();
    }

    @Test
    void skipping_needs_a_reason() {
        assertThat(refusal(mailbox(READY), SKIPPED, STAGED, " ".strip())).hasValue("skipping needs a reason");
        assertThat(refusal(mailbox(READY), SKIPPED, STAGED, "leaves the company")).isEmpty();
    }

    @Test
    void done_is_final() {
        assertThat(Lifecycle.next(DONE)).isEmpty();
        assertThat(refusal(mailbox(DONE), SYNCING, STAGED, "")).hasValue("cannot go from Done to Syncing");
    }

    @Test
    void states_are_never_skipped_forward() {
        assertThat(refusal(mailbox(READY), COMPLETED, STAGED, "")).hasValue("cannot go from Ready to Completed");
        assertThat(refusal(mailbox(IN_BATCH), SYNCED, STAGED, "")).hasValue("cannot go from In batch to Synced");
    }

    @Test
    void readiness_moves_a_waiting_mailbox_between_not_ready_and_ready_only() {
        var waiting = notReady(NOT_READY, MigrationMethod.CUTOVER);
        var fixed = waiting.withInventory(waiting.inventory().withUmEnabled(false))
                .withPermissions(waiting.permissions().withFullAccess(true));

        assertThat(fixed.withLifecycle(fixed.lifecycle().withReadiness(Readiness.of(fixed.facts(), CUTOVER))).state())
                .isEqualTo(READY);
        var syncing = notReady(SYNCING, CUTOVER);
        assertThat(syncing.withLifecycle(syncing.lifecycle().withReadiness(Readiness.of(syncing.facts(), CUTOVER))).state())
                .isEqualTo(SYNCING);
    }

    @Test
    void a_refusal_is_said_in_the_readers_language() {
        var refusal = Lifecycle.refusal(finished(CONVERTED_TO_MAIL_USER, true, false, false, null), DONE, STAGED, "").orElseThrow();

        assertThat(refusal.key()).isEqualTo("lifecycle.not-done");
        assertThat(refusal.in(Locale.of("da")))
                .isNotEqualTo(refusal.english()).doesNotContain("{", "licence not assigned");
        assertThat(refusal.in(Locale.GERMAN)).as("a language the tracker does not speak gets English")
                .isEqualTo(refusal.english());
    }

    /** The refusal in English, as the API says it. */
    private static Optional<String> refusal(Mailbox mailbox, MailboxState target, MigrationMethod method, String note) {
        return Lifecycle.refusal(mailbox, target, method, note).map(Message::english);
    }

    @Test
    void a_group_is_offered_each_state_one_of_them_may_reach_with_how_many_may() {
        var reachable = Lifecycle.reachable(java.util.Map.of(SYNCING, 3, SYNCED, 2, DONE, 4));

        assertThat(reachable).containsExactlyInAnyOrderEntriesOf(java.util.Map.of(SYNCED, 3, FAILED, 5, SYNCING, 2, COMPLETED, 2));
        assertThat(Lifecycle.reachable(java.util.Map.of(DONE, 4))).as("done is the end").isEmpty();
    }

    @Test
    void by_hand_a_waiting_mailbox_is_not_put_in_a_batch_but_a_failed_one_may_retry_in_its_own() {
        assertThat(Lifecycle.reachableByHand(java.util.Map.of(READY, 3, NOT_READY, 2))).doesNotContainKey(IN_BATCH)
                .containsEntry(SKIPPED, 5);
        assertThat(Lifecycle.reachableByHand(java.util.Map.of(READY, 3, FAILED, 2))).containsEntry(IN_BATCH, 2);
    }
}
