package org.migrationtracker.lookup;

import org.jspecify.annotations.Nullable;
import org.migrationtracker.mailbox.Mailbox;
import org.migrationtracker.mailbox.MailboxState;
import org.migrationtracker.project.MigrationMethod;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What the helpdesk tells a user on the phone, in plain words: where the mailbox is, what the user must do now,
 * and what is still pending. Plain Java; each line is a message key with its arguments, translated by the screen.
 */
public final class Guidance {

    /** One sentence: a message key of the translations and its arguments. */
    public record Line(String key, List<Object> args) {

        static Line of(String key, Object... args) {
            return new Line(key, List.of(args));
        }
    }

    /** The project facts the advice depends on. */
    public record Project(MigrationMethod method, boolean singleSignOn, boolean mxPointsToCloud, @Nullable Instant mxChangedAt) {
    }

    public record Card(Line where, List<Line> toDo, List<Line> pending) {
    }

    private Guidance() {
    }

    private static Line profileLine(Mailbox m) {
        return Line.of(m.postMigration().outlookProfileReconfigured() ? "guide.todo.profile-done" : "guide.todo.new-profile");
    }

    public static Card of(Mailbox m, Project project, @Nullable Instant completedAt, LocalDate today) {
        var toDo = new ArrayList<Line>();
        var pending = new ArrayList<Line>();
        String batch = m.batch().batchName() == null ? "" : m.batch().batchName();
        Line where = switch (m.state()) {
            case NOT_READY, READY -> Line.of("guide.where.waiting");
            case IN_BATCH -> Line.of("guide.where.scheduled", batch);
            case SYNCING, SYNCED -> Line.of("guide.where.copying", batch);
            // a moved mailbox may be in no batch any more (its batch removed, or moved by hand): no "(batch )" then
            case COMPLETED, CONVERTED_TO_MAIL_USER, DONE -> batch.isEmpty()
                    ? (completedAt == null ? Line.of("guide.where.moved.no-batch") : Line.of("guide.where.moved-on.no-batch", completedAt))
                    : completedAt == null ? Line.of("guide.where.moved", batch)
                    : Line.of("guide.where.moved-on", completedAt, batch);
            case FAILED -> Line.of("guide.where.failed", m.lifecycle().noteMessage());
            case SKIPPED -> Line.of("guide.where.skipped", m.lifecycle().noteMessage());
        };
        boolean moved = m.state().isMoved();
        boolean mxMoved = project.mxPointsToCloud() && project.mxChangedAt() != null;
        boolean copying = m.state() == MailboxState.SYNCING || m.state() == MailboxState.SYNCED;
        // cutover (001) and IMAP: mail follows the MX record, and users switch when it moves, even while the batch still
        // syncs; staged and hybrid: mail follows the finished move
        boolean followsMx = project.method() == MigrationMethod.CUTOVER || project.method() == MigrationMethod.IMAP;
        if (!moved && !(copying && followsMx && mxMoved)) {
            toDo.add(Line.of(m.state() == MailboxState.FAILED || m.state() == MailboxState.SKIPPED
                    ? "guide.todo.nothing-it" : "guide.todo.nothing-yet"));
            if (copying) {
                toDo.add(Line.of(followsMx ? "guide.todo.keep-working-until-mx" : "guide.todo.keep-working"));
            }
            return new Card(where, toDo, pending);
        }
        switch (project.method()) {
            case CUTOVER -> {
                // 001: users keep working in the old mailbox until the MX record changes, then switch
                if (mxMoved) {
                    toDo.add(profileLine(m));
                    toDo.add(Line.of("guide.todo.sign-in-temporary"));
                    toDo.add(Line.of("guide.todo.mail-arrives", project.mxChangedAt()));
                } else {
                    toDo.add(Line.of("guide.todo.keep-working-until-mx"));
                    toDo.add(Line.of("guide.todo.cutover-at-switch"));
                }
            }
            case STAGED -> {
                toDo.add(profileLine(m));
                toDo.add(Line.of(project.singleSignOn() ? "guide.todo.sign-in-sso" : "guide.todo.sign-in-temporary"));
                // 002: users with a cloud mailbox no longer receive new mail on-premises, whether MX has moved or not
                toDo.add(Line.of("guide.todo.mail-staged"));
            }
            case HYBRID -> {
                toDo.add(Line.of("guide.todo.hybrid"));
                toDo.add(Line.of("guide.todo.mail-hybrid"));
            }
            case IMAP -> {
                toDo.add(Line.of("guide.todo.imap"));
                toDo.add(mxMoved ? Line.of("guide.todo.mail-arrives", project.mxChangedAt()) : Line.of("guide.todo.mail-not-yet"));
            }
        }
        if (m.inventory().needsLicence() && m.postMigration().licenceAssignedOn() == null) {
            var deadline = m.licenceDeadline();
            pending.add(deadline == null ? Line.of("guide.pending.licence")
                    : Line.of(deadline.isBefore(today) ? "guide.pending.licence-overdue" : "guide.pending.licence-by", deadline));
        }
        if (m.inventory().umWasEnabled() && !m.postMigration().umReenabled()) {
            pending.add(Line.of("guide.pending.um"));
        }
        return new Card(where, toDo, pending);
    }
}
