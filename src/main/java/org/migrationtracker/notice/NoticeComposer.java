package org.migrationtracker.notice;

import org.jspecify.annotations.Nullable;
import org.migrationtracker.lookup.Guidance;
import org.migrationtracker.mailbox.Mailbox;
import org.migrationtracker.project.ProjectService;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/**
 * Writes one notice for one user from its template, the mailbox, its batch and the project: the message sent, the copy
 * kept (the same, with a temporary password masked), and for an announcement with a move date the calendar invitation.
 */
@Component
class NoticeComposer {

    /** What the copy kept shows instead of a temporary password. */
    static final String MASKED = "••••••••";

    /** The message, the copy to keep, and the invitation when there is one. */
    record Composed(NoticeRenderer.Rendered message, NoticeRenderer.Rendered kept, @Nullable String calendar) {
    }

    private final NoticeStore store;
    private final NoticeTemplates templates;
    private final ProjectService project;
    private final Clock clock;

    NoticeComposer(NoticeStore store, NoticeTemplates templates, ProjectService project, Clock clock) {
        this.store = store;
        this.templates = templates;
        this.project = project;
        this.clock = clock;
    }

    Composed compose(NoticeKind kind, String language, Mailbox mailbox, @Nullable String password) {
        var template = templates.of(kind, language);
        return compose(kind, language, mailbox, template.subject(), template.body(), password);
    }

    /** With a template's text as an admin is editing it (the live preview). */
    Composed compose(NoticeKind kind, String language, Mailbox mailbox, String subject, String body, @Nullable String password) {
        var settings = project.current();
        var facts = new Guidance.Project(settings.getMethod(), settings.isSingleSignOn(), settings.isMxPointsToCloud(),
                settings.getMxChangedAt());
        var batch = mailbox.batch().batchName() == null ? null : store.batch(mailbox.batch().batchName()).orElse(null);
        var movedAt = store.completedAt(List.of(mailbox.id())).get(mailbox.id());
        var locale = Locale.of(language);
        var zone = ZoneId.systemDefault();
        var today = LocalDate.now(clock.withZone(zone));
        String organisation = settings.getOrganisationName();
        var values = NoticeValues.of(mailbox, facts, organisation, batch, movedAt, today, locale, zone, password);
        var message = NoticeRenderer.render(subject, body, values);
        var kept = message;
        if (password != null) {
            values.put("password", MASKED);
            kept = NoticeRenderer.render(subject, body, values);
        }
        String calendar = null;
        if (kind == NoticeKind.ANNOUNCEMENT && batch != null && batch.plannedStart() != null) {
            var end = batch.plannedEnd() == null ? batch.plannedStart() : batch.plannedEnd();
            calendar = MoveInvitation.of(batch.name(), mailbox.id(), batch.plannedStart(), end, organisation, locale, clock.instant());
        }
        return new Composed(message, kept, calendar);
    }
}
