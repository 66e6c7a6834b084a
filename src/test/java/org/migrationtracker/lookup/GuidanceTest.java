package org.migrationtracker.lookup;

import org.junit.jupiter.api.Test;
import org.migrationtracker.mailbox.Mailbox;
import org.migrationtracker.mailbox.MailboxBuilder;
import org.migrationtracker.mailbox.MailboxState;
import org.migrationtracker.mailbox.RecipientType;
import org.migrationtracker.project.MigrationMethod;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class GuidanceTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);
    private static final Instant MX = Instant.parse("2026-11-10T08:00:00Z");

    private static Mailbox mailbox(MailboxState state, boolean outlookDone, LocalDate licence, boolean umWas) {
        return mailbox(state, outlookDone, licence, umWas, RecipientType.USER);
    }

    private static List<String> keys(List<Guidance.Line> lines) {
        return lines.stream().map(Guidance.Line::key).toList();
    }

    private static Mailbox mailbox(MailboxState state, boolean outlookDone, LocalDate licence, boolean umWas, RecipientType type) {
        return MailboxBuilder.pilar().id(7).version(1).type(type).sizeBytes(1L).state(state).umWasEnabled(umWas)
                .cloudCreatedOn(LocalDate.of(2026, 11, 1)).licenceAssignedOn(licence).outlookProfileReconfigured(outlookDone)
                .batch(3L, "Finance2").build();
    }

    private static Guidance.Card card(MigrationMethod method, MailboxState state, boolean mxMoved) {
        return Guidance.of(mailbox(state, false, TODAY, false),
                new Guidance.Project(method, false, mxMoved, mxMoved ? MX : null), null, TODAY);
    }

    @Test
    void staged_user_after_the_move_needs_a_new_profile_and_the_temporary_password() {
        var card = Guidance.of(mailbox(MailboxState.COMPLETED, false, null, true),
                new Guidance.Project(MigrationMethod.STAGED, false, true, MX), Instant.parse("2026-11-12T10:00:00Z"), TODAY);

        assertThat(card.where().key()).isEqualTo("guide.where.moved-on");
        assertThat(card.where().args()).containsExactly(Instant.parse("2026-11-12T10:00:00Z"), "Finance2");
        assertThat(keys(card.toDo())).containsExactly("guide.todo.new-profile", "guide.todo.sign-in-temporary", "guide.todo.mail-staged");
        assertThat(keys(card.pending())).containsExactly("guide.pending.licence-by", "guide.pending.um");
        assertThat(card.pending().getFirst().args()).containsExactly(LocalDate.of(2026, 12, 1));
    }

    @Test
    void a_moved_mailbox_in_no_batch_any_more_is_said_to_have_moved_without_an_empty_batch_name() {
        var unbatched = MailboxBuilder.pilar().id(8).version(1).type(RecipientType.USER).sizeBytes(1L).state(MailboxState.COMPLETED)
                .cloudCreatedOn(LocalDate.of(2026, 11, 1)).licenceAssignedOn(TODAY).build();

        var card = Guidance.of(unbatched, new Guidance.Project(MigrationMethod.STAGED, false, true, MX), Instant.parse("2026-11-12T10:00:00Z"), TODAY);

        assertThat(card.where().key()).isEqualTo("guide.where.moved-on.no-batch");
        assertThat(card.where().args()).containsExactly(Instant.parse("2026-11-12T10:00:00Z"));
    }

    @Test
    void a_migrated_staged_user_receives_new_mail_in_microsoft_365_before_the_mx_record_moves() {
        // 002: users with a cloud mailbox no longer receive new mail on-premises, whether MX has moved or not
        for (boolean mxMoved : new boolean[] {false, true}) {
            var card = card(MigrationMethod.STAGED, MailboxState.COMPLETED, mxMoved);

            assertThat(keys(card.toDo())).as("MX moved: " + mxMoved).contains("guide.todo.mail-staged")
                    .doesNotContain("guide.todo.mail-not-yet", "guide.todo.mail-arrives", "guide.todo.keep-working-until-mx");
        }
    }

    @Test
    void a_staged_user_still_syncing_keeps_working_in_the_old_mailbox_until_the_move_is_completed() {
        assertThat(keys(card(MigrationMethod.STAGED, MailboxState.SYNCING, false).toDo()))
                .containsExactly("guide.todo.nothing-yet", "guide.todo.keep-working");
    }

    @Test
    void a_cutover_user_keeps_working_in_the_old_mailbox_until_the_mx_record_changes() {
        // 001: mail goes to the on-premises mailboxes until the MX record is changed, not until the move completes
        assertThat(keys(card(MigrationMethod.CUTOVER, MailboxState.SYNCING, false).toDo()))
                .containsExactly("guide.todo.nothing-yet", "guide.todo.keep-working-until-mx");
        assertThat(keys(card(MigrationMethod.CUTOVER, MailboxState.COMPLETED, false).toDo()))
                .containsExactly("guide.todo.keep-working-until-mx", "guide.todo.cutover-at-switch");
    }

    @Test
    void a_cutover_user_after_the_mx_switch_creates_a_profile_and_uses_the_temporary_password() {
        var card = card(MigrationMethod.CUTOVER, MailboxState.COMPLETED, true);

        assertThat(keys(card.toDo())).containsExactly("guide.todo.new-profile", "guide.todo.sign-in-temporary", "guide.todo.mail-arrives");
        assertThat(card.toDo().getLast().args()).containsExactly(MX);
    }

    @Test
    void a_cutover_user_whose_batch_still_syncs_switches_when_the_mx_record_moves() {
        for (var state : List.of(MailboxState.SYNCING, MailboxState.SYNCED)) {
            assertThat(keys(card(MigrationMethod.CUTOVER, state, true).toDo())).as(state.name())
                    .containsExactly("guide.todo.new-profile", "guide.todo.sign-in-temporary", "guide.todo.mail-arrives");
        }
        assertThat(keys(card(MigrationMethod.IMAP, MailboxState.SYNCED, true).toDo()))
                .containsExactly("guide.todo.imap", "guide.todo.mail-arrives");
        assertThat(keys(card(MigrationMethod.STAGED, MailboxState.SYNCED, true).toDo()))
                .as("staged: mail follows the finished move, not the MX record")
                .containsExactly("guide.todo.nothing-yet", "guide.todo.keep-working");
    }

    @Test
    void the_card_of_a_cutover_user_never_says_the_usual_company_password() {
        for (boolean mxMoved : new boolean[] {false, true}) {
            for (var state : MailboxState.values()) {
                var card = Guidance.of(mailbox(state, true, TODAY, false),
                        new Guidance.Project(MigrationMethod.CUTOVER, true, mxMoved, mxMoved ? MX : null), null, TODAY);

                assertThat(keys(card.toDo())).as(state + ", MX moved: " + mxMoved).doesNotContain("guide.todo.sign-in-sso");
            }
        }
    }

    @Test
    void with_single_sign_on_a_staged_user_signs_in_with_the_usual_password() {
        var card = Guidance.of(mailbox(MailboxState.DONE, true, TODAY, false),
                new Guidance.Project(MigrationMethod.STAGED, true, false, null), null, TODAY);

        assertThat(keys(card.toDo())).containsExactly("guide.todo.profile-done", "guide.todo.sign-in-sso", "guide.todo.mail-staged");
        assertThat(card.pending()).isEmpty();
    }

    @Test
    void a_hybrid_user_does_nothing_keeps_the_profile_and_mail_follows_the_mailbox() {
        for (boolean mxMoved : new boolean[] {false, true}) {
            assertThat(keys(card(MigrationMethod.HYBRID, MailboxState.COMPLETED, mxMoved).toDo())).as("MX moved: " + mxMoved)
                    .containsExactly("guide.todo.hybrid", "guide.todo.mail-hybrid");
        }
        assertThat(keys(card(MigrationMethod.HYBRID, MailboxState.SYNCED, false).toDo()))
                .containsExactly("guide.todo.nothing-yet", "guide.todo.keep-working");
    }

    @Test
    void an_imap_user_gets_new_mail_where_the_mx_record_points() {
        assertThat(keys(card(MigrationMethod.IMAP, MailboxState.COMPLETED, false).toDo()))
                .containsExactly("guide.todo.imap", "guide.todo.mail-not-yet");
        assertThat(keys(card(MigrationMethod.IMAP, MailboxState.COMPLETED, true).toDo()))
                .containsExactly("guide.todo.imap", "guide.todo.mail-arrives");
    }

    @Test
    void a_shared_mailbox_is_not_said_to_need_a_licence() {
        var shared = Guidance.of(mailbox(MailboxState.COMPLETED, true, null, false, RecipientType.SHARED),
                new Guidance.Project(MigrationMethod.STAGED, false, true, MX), null, TODAY);
        var user = Guidance.of(mailbox(MailboxState.COMPLETED, true, null, false, RecipientType.USER),
                new Guidance.Project(MigrationMethod.STAGED, false, true, MX), null, TODAY);

        assertThat(keys(shared.pending())).doesNotContain("guide.pending.licence-by", "guide.pending.licence", "guide.pending.licence-overdue");
        assertThat(keys(user.pending())).containsExactly("guide.pending.licence-by");
    }

    @Test
    void before_the_move_there_is_nothing_to_do_yet() {
        var card = Guidance.of(mailbox(MailboxState.IN_BATCH, false, null, false),
                new Guidance.Project(MigrationMethod.STAGED, false, false, null), null, TODAY);

        assertThat(card.where().key()).isEqualTo("guide.where.scheduled");
        assertThat(keys(card.toDo())).containsExactly("guide.todo.nothing-yet");
        assertThat(card.pending()).isEmpty();
    }

    @Test
    void an_overdue_licence_is_said_to_have_disabled_the_mailbox() {
        var card = Guidance.of(mailbox(MailboxState.CONVERTED_TO_MAIL_USER, true, null, false),
                new Guidance.Project(MigrationMethod.STAGED, false, true, MX), null, LocalDate.of(2026, 12, 5));

        assertThat(keys(card.pending())).containsExactly("guide.pending.licence-overdue");
    }
}
