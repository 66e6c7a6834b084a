package org.migrationtracker.mailbox;

import org.junit.jupiter.api.Test;
import org.migrationtracker.project.MigrationMethod;

import java.time.LocalDate;

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
        assertThat(Lifecycle.refusal(mailbox(IN_BATCH), SYNCING, STAGED, "")).isEmpty();
    }

    @Test
    void an_unready_mailbox_may_not_enter_a_running_batch_and_the_reason_says_why() {
        var refusal = Lifecycle.refusal(notReady(IN_BATCH, STAGED), SYNCING, STAGED, "");

        assertThat(refusal).hasValueSatisfying(reason -> assertThat(reason)
                .contains("may not enter a running batch")
                .contains("UM still enabled")
                .contains("no FullAccess and no Receive As on database DB02")
                .contains("WriteProperty on TargetAddress missing"));
    }

    @Test
    void an_unready_mailbox_cannot_be_marked_ready() {
        assertThat(Lifecycle.refusal(notReady(NOT_READY, CUTOVER), READY, CUTOVER, ""))
                .hasValueSatisfying(reason -> assertThat(reason).startsWith("not ready: "));
    }

    @Test
    void a_mailbox_is_not_converted_to_a_mail_user_before_completion() {
        assertThat(Lifecycle.refusal(mailbox(SYNCED), CONVERTED_TO_MAIL_USER, STAGED, ""))
                .hasValue("cannot go from SYNCED to CONVERTED_TO_MAIL_USER");
    }

    @Test
    void only_a_staged_migration_converts_to_mail_users() {
        assertThat(Lifecycle.refusal(mailbox(COMPLETED), CONVERTED_TO_MAIL_USER, STAGED, "")).isEmpty();
        assertThat(Lifecycle.refusal(mailbox(COMPLETED), CONVERTED_TO_MAIL_USER, CUTOVER, ""))
                .hasValueSatisfying(reason -> assertThat(reason).contains("only a staged migration"));
        assertThat(Lifecycle.refusal(mailbox(COMPLETED), CONVERTED_TO_MAIL_USER, HYBRID, "")).isPresent();
    }

    @Test
    void a_staged_mailbox_is_converted_before_it_is_done() {
        var completed = finished(COMPLETED, false, false, true, LocalDate.of(2026, 11, 2));

        assertThat(Lifecycle.refusal(completed, DONE, STAGED, ""))
                .hasValue("a staged mailbox is converted to a mail user before it is done");
    }

    @Test
    void done_needs_a_licence_um_reenabled_and_a_new_outlook_profile() {
        var converted = finished(CONVERTED_TO_MAIL_USER, true, false, false, null);

        assertThat(Lifecycle.refusal(converted, DONE, STAGED, ""))
                .hasValue("not done yet: licence not assigned, UM not re-enabled, Outlook profile not reconfigured");
    }

    @Test
    void a_hybrid_mailbox_is_done_without_a_new_outlook_profile() {
        var completed = finished(COMPLETED, false, false, false, LocalDate.of(2026, 11, 2));

        assertThat(Lifecycle.refusal(completed, DONE, HYBRID, "")).isEmpty();
        assertThat(Lifecycle.refusal(completed, DONE, CUTOVER, "")).hasValue("not done yet: Outlook profile not reconfigured");
    }

    @Test
    void a_failure_needs_its_error_text_and_a_retry_returns_to_the_batch() {
        assertThat(Lifecycle.refusal(mailbox(SYNCING), FAILED, STAGED, "")).hasValue("a failure needs the error text");
        assertThat(Lifecycle.refusal(mailbox(SYNCING), FAILED, STAGED, "MapiExceptionLogonFailed")).isEmpty();
        assertThat(Lifecycle.refusal(mailbox(FAILED), IN_BATCH, STAGED, "")).isEmpty();
    }

    @Test
    void skipping_needs_a_reason() {
        assertThat(Lifecycle.refusal(mailbox(READY), SKIPPED, STAGED, " ".strip())).hasValue("skipping needs a reason");
        assertThat(Lifecycle.refusal(mailbox(READY), SKIPPED, STAGED, "leaves the company")).isEmpty();
    }

    @Test
    void done_is_final() {
        assertThat(Lifecycle.next(DONE)).isEmpty();
        assertThat(Lifecycle.refusal(mailbox(DONE), SYNCING, STAGED, "")).hasValue("cannot go from DONE to SYNCING");
    }

    @Test
    void states_are_never_skipped_forward() {
        assertThat(Lifecycle.refusal(mailbox(READY), COMPLETED, STAGED, "")).hasValue("cannot go from READY to COMPLETED");
        assertThat(Lifecycle.refusal(mailbox(IN_BATCH), SYNCED, STAGED, "")).hasValue("cannot go from IN_BATCH to SYNCED");
    }

    @Test
    void readiness_moves_a_waiting_mailbox_between_not_ready_and_ready_only() {
        var waiting = notReady(NOT_READY, MigrationMethod.CUTOVER);
        var fixed = waiting.withUmEnabled(false).withPermissions(true, false, false);

        assertThat(fixed.withReadiness(Readiness.of(fixed.facts(), CUTOVER)).state()).isEqualTo(READY);
        var syncing = notReady(SYNCING, CUTOVER);
        assertThat(syncing.withReadiness(Readiness.of(syncing.facts(), CUTOVER)).state()).isEqualTo(SYNCING);
    }
}
