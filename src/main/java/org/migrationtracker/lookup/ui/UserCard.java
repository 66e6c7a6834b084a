package org.migrationtracker.lookup.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import org.jspecify.annotations.Nullable;
import org.migrationtracker.base.ui.EmptyState;
import org.migrationtracker.base.ui.NotesPanel;
import org.migrationtracker.i18n.Dates;
import org.migrationtracker.i18n.Languages;
import org.migrationtracker.i18n.Message;
import org.migrationtracker.live.LiveUpdates;
import org.migrationtracker.live.Presence;
import org.migrationtracker.live.PresenceBar;
import org.migrationtracker.lookup.Guidance;
import org.migrationtracker.mailbox.Mailbox;
import org.migrationtracker.mailbox.MailboxConflict;
import org.migrationtracker.mailbox.MailboxEdits;
import org.migrationtracker.mailbox.MailboxNoteAdded;
import org.migrationtracker.mailbox.MailboxSearch;
import org.migrationtracker.mailbox.MailboxesChanged;
import org.migrationtracker.mailbox.MailboxState;
import org.migrationtracker.mailbox.ui.MailboxStateBadge;
import org.migrationtracker.project.MigrationMethod;
import org.migrationtracker.project.ProjectService;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;

/**
 * One user's card. What the helpdesk says on the phone comes first and fits the first screen: who it is, where the
 * mailbox is and what the user must do; readiness, what is pending, notes and history follow below. Kept current
 * while open: another person's change or note redraws it.
 */
class UserCard extends Div {

    private final MailboxSearch mailboxes;
    private final MailboxEdits edits;
    private final ProjectService project;
    private final LiveUpdates live;
    private final Presence presence;
    private final Clock clock;
    private final boolean mayEdit;
    private final boolean admin;
    private @Nullable Mailbox shown;

    /**
     * @param mayEdit may tick "Outlook profile reconfigured" and add notes (helpdesk, admin)
     * @param admin   sees the commands that fix readiness reasons
     */
    UserCard(MailboxSearch mailboxes, MailboxEdits edits, ProjectService project, LiveUpdates live, Presence presence,
             Clock clock, boolean mayEdit, boolean admin) {
        this.mailboxes = mailboxes;
        this.edits = edits;
        this.project = project;
        this.live = live;
        this.presence = presence;
        this.clock = clock;
        this.mayEdit = mayEdit;
        this.admin = admin;
        addClassName("user-card");
        live.subscribeWhileAttached(this, MailboxesChanged.class, changes -> {
            if (shown != null && changes.stream().anyMatch(c -> !c.listsIds() || c.mailboxIds().contains(shown.id()))) {
                mailboxes.find(shown.id()).ifPresent(this::show);
            }
        });
        live.subscribeWhileAttached(this, MailboxNoteAdded.class, added -> {
            if (shown != null && added.stream().anyMatch(a -> a.mailboxId() == shown.id())) {
                mailboxes.find(shown.id()).ifPresent(this::show);
            }
        });
    }

    /** The mailbox shown, if any. */
    @Nullable Mailbox shown() {
        return shown;
    }

    /** No card: nothing chosen yet; when the tracker holds no mailbox at all, says so. */
    void clear(boolean trackerEmpty) {
        shown = null;
        removeAll();
        if (trackerEmpty) {
            add(new EmptyState(getTranslation("lookup.empty.title"), getTranslation("lookup.empty.text")));
        }
    }

    /** A link or typed address that is no mailbox of the tracker. */
    void showNotFound(String address) {
        shown = null;
        removeAll();
        add(new EmptyState(getTranslation("lookup.none", address), getTranslation("lookup.not-found", address)));
    }

    void show(Mailbox mailbox) {
        shown = mailbox;
        removeAll();
        var settings = project.current();
        var facts = new Guidance.Project(settings.getMethod(), settings.isSingleSignOn(), settings.isMxPointsToCloud(),
                settings.getMxChangedAt());
        Instant completed = mailboxes.reached(mailbox.id(), MailboxState.COMPLETED).orElse(null);
        var guidance = Guidance.of(mailbox, facts, completed, LocalDate.now(clock));

        var summary = new Div(header(mailbox), subtitle(mailbox), language(mailbox));
        summary.addClassName("card-summary");
        var where = new Paragraph(say(guidance.where()));
        where.setId("card-where");
        where.addClassName("card-where");
        var toDo = new UnorderedList();
        toDo.setId("card-todo");
        toDo.addClassName("card-todo");
        guidance.toDo().forEach(line -> toDo.add(new ListItem(say(line))));
        var problem = new Paragraph();
        problem.addClassName("form-problem");
        problem.setVisible(false);
        summary.add(new H3(getTranslation("lookup.where")), where, new H3(getTranslation("lookup.todo")), toDo,
                outlook(mailbox, settings.getMethod(), problem), problem, told(mailbox));

        var details = new Div();
        details.addClassName("card-details");
        if (!mailbox.state().isMoved() && !mailbox.lifecycle().readinessReasons().isEmpty()) {
            details.add(new ReadinessFixes(mailbox, settings.getMigrationAdminAccount(), admin));
        }
        var pending = new UnorderedList();
        pending.setId("card-pending");
        guidance.pending().forEach(line -> pending.add(new ListItem(say(line))));
        if (guidance.pending().isEmpty()) {
            pending.add(new ListItem(getTranslation("lookup.nothing-pending")));
        }
        var notes = new NotesPanel(() -> mailboxes.notes(mailbox.id()).stream()
                .map(n -> new NotesPanel.Note(n.author(), n.at(), n.text())).toList(),
                text -> edits.addNote(mailbox.id(), text), mayEdit);
        details.add(new H3(getTranslation("lookup.pending")), pending, new H3(getTranslation("notes.title")), notes,
                new H3(getTranslation("lookup.timeline")), timeline(mailbox));

        add(new PresenceBar(presence, live, "mailbox:" + mailbox.id()), summary, details);
    }

    private Div header(Mailbox mailbox) {
        var header = new Div(new H2(mailbox.inventory().name()), MailboxStateBadge.of(mailbox.state(), getLocale()));
        header.addClassName("card-header");
        return header;
    }

    private Span subtitle(Mailbox mailbox) {
        var department = mailbox.inventory().department();
        var subtitle = new Span(mailbox.primaryAddress() + (department.isBlank() ? "" : " · " + department));
        subtitle.addClassName("card-subtitle");
        return subtitle;
    }

    private Paragraph language(Mailbox mailbox) {
        var locale = mailbox.inventory().preferredLanguage().locale();
        var language = new Paragraph(locale == null ? "" : getTranslation("lookup.preferred-language", Languages.nameOf(locale)));
        language.setId("card-language");
        language.addClassName("card-language");
        language.setVisible(locale != null);
        return language;
    }

    private Checkbox outlook(Mailbox mailbox, MigrationMethod method, Paragraph problem) {
        var outlook = new Checkbox(getTranslation("lookup.outlook-done"), mailbox.postMigration().outlookProfileReconfigured());
        outlook.setId("card-outlook");
        outlook.setVisible(mailbox.state().isMoved() && (method == MigrationMethod.CUTOVER || method == MigrationMethod.STAGED));
        outlook.setReadOnly(!mayEdit);
        outlook.addValueChangeListener(change -> {
            if (!change.isFromClient()) {
                return;
            }
            try {
                show(edits.markOutlookProfileReconfigured(mailbox.id(), mailbox.version(), change.getValue()));
            } catch (MailboxConflict conflict) {
                problem.setText(Message.of(conflict).in(getLocale()));
                problem.setVisible(true);
            }
        });
        return outlook;
    }

    /** What the user was told, newest first, once per kind: "Welcome letter sent 12 March 2026, in Danish". */
    private UnorderedList told(Mailbox mailbox) {
        var told = new UnorderedList();
        told.setId("card-told");
        told.addClassName("card-told");
        var kinds = new java.util.HashSet<String>();
        for (var entry : mailboxes.timeline(mailbox.id())) {
            var notice = entry.notice();
            if (notice.isEmpty() || !kinds.add(notice.get().getFirst())) {
                continue;
            }
            var parts = notice.get();
            String key = parts.get(2).equals("SENT") ? "lookup.told.sent" : "lookup.told.failed";
            told.add(new ListItem(getTranslation(key, getTranslation("notice.kind." + parts.get(0)), Date.from(entry.at()),
                    getTranslation("notice.language." + parts.get(1)))));
        }
        told.setVisible(!kinds.isEmpty());
        return told;
    }

    private UnorderedList timeline(Mailbox mailbox) {
        var formatter = Dates.timeFormat(getLocale(), ZoneId.systemDefault());
        var timeline = new UnorderedList();
        timeline.addClassName("timeline");
        mailboxes.timeline(mailbox.id())
                .forEach(entry -> timeline.add(new ListItem(formatter.format(entry.at()) + " · " + entry.actor() + " · "
                        + entry.what().in(getLocale()) + ": " + (entry.oldValue() == null ? "" : entry.before().in(getLocale()) + " → ")
                        + entry.after().in(getLocale()))));
        return timeline;
    }


    /** A guidance line in the reader's language; dates as java.util.Date for MessageFormat. */
    private String say(Guidance.Line line) {
        Object[] args = line.args().stream().map(arg -> switch (arg) {
            case Instant instant -> Date.from(instant);
            case LocalDate date -> Date.from(date.atStartOfDay(ZoneId.systemDefault()).toInstant());
            case Message message -> message.in(getLocale());
            default -> arg;
        }).toArray();
        return getTranslation(line.key(), args);
    }
}
