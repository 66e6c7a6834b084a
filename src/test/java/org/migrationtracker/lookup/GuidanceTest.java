package org.migrationtracker.lookup;

import org.junit.jupiter.api.Test;
import org.migrationtracker.mailbox.Mailbox;
import org.migrationtracker.mailbox.MailboxState;
import org.migrationtracker.mailbox.MigrationProgress;
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
        return new Mailbox(7, "pilarp@contoso.com", "Pilar Pinilla", "pilarp", "Finance", "DB01", RecipientType.USER, 1L,
                List.of(), false, umWas, true, false, true, state, "", true, List.of(), LocalDate.of(2026, 11, 1), licence,
                false, outlookDone, false, 3L, "Finance2", MigrationProgress.NONE, Instant.EPOCH, "test", 1);
    }

    private static List<String> keys(List<Guidance.Line> lines) {
        return lines.stream().map(Guidance.Line::key).toList();
    }

    @Test
    void staged_user_after_the_move_needs_a_new_profile_and_the_temporary_password() {
        var card = Guidance.of(mailbox(MailboxState.COMPLETED, false, null, true),
                new Guidance.Project(MigrationMethod.STAGED, false, true, MX), Instant.parse("2026-11-12T10:00:00Z"), TODAY);

        assertThat(card.where().key()).isEqualTo("guide.where.moved-on");
        assertThat(card.where().args()).containsExactly(Instant.parse("2026-11-12T10:00:00Z"), "Finance2");
        assertThat(keys(card.toDo())).containsExactly("guide.todo.new-profile", "guide.todo.sign-in-temporary", "guide.todo.mail-arrives");
        assertThat(keys(card.pending())).containsExactly("guide.pending.licence-by", "guide.pending.um");
        assertThat(card.pending().getFirst().args()).containsExactly(LocalDate.of(2026, 12, 1));
    }

    @Test
    void with_single_sign_on_the_user_signs_in_with_the_usual_password() {
        var card = Guidance.of(mailbox(MailboxState.DONE, true, TODAY, false),
                new Guidance.Project(MigrationMethod.CUTOVER, true, false, null), null, TODAY);

        assertThat(keys(card.toDo())).containsExactly("guide.todo.profile-done", "guide.todo.sign-in-sso", "guide.todo.mail-not-yet");
        assertThat(card.pending()).isEmpty();
    }

    @Test
    void a_hybrid_user_does_nothing_and_keeps_the_profile() {
        var card = Guidance.of(mailbox(MailboxState.COMPLETED, false, TODAY, false),
                new Guidance.Project(MigrationMethod.HYBRID, false, true, MX), null, TODAY);

        assertThat(keys(card.toDo())).containsExactly("guide.todo.hybrid", "guide.todo.mail-arrives");
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
