package org.migrationtracker.lookup.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
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
import org.migrationtracker.mailbox.MailboxFilter;
import org.migrationtracker.mailbox.MailboxNoteAdded;
import org.migrationtracker.mailbox.MailboxSearch;
import org.migrationtracker.mailbox.MailboxState;
import org.migrationtracker.mailbox.MailboxesChanged;
import org.migrationtracker.project.MigrationMethod;
import org.migrationtracker.project.ProjectService;
import org.migrationtracker.security.CurrentUser;
import org.migrationtracker.security.Role;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;

/**
 * The helpdesk's screen: one search box, focused, that finds a user while typing; the user's card in plain
 * words. Helpdesk may add a note and tick "Outlook profile reconfigured", nothing else. {@code /lookup/<address>}
 * opens a card directly (for ticket systems).
 */
@Route("lookup")
@Menu(title = "nav.lookup", order = 2, icon = "icons/lookup.svg")
@RolesAllowed({Role.Names.HELPDESK, Role.Names.ADMIN, Role.Names.LEAD})
public class LookupView extends VerticalLayout implements HasDynamicTitle, HasUrlParameter<String> {

    static final int RESULTS = 8;

    final TextField search = new TextField();
    final Div results = new Div();
    final Div card = new Div();
    private final MailboxSearch mailboxes;
    private final MailboxEdits edits;
    private final ProjectService project;
    private final LiveUpdates live;
    private final Presence presence;
    private final Clock clock;
    private final boolean mayNote;
    private final boolean mayTick;
    private @Nullable Mailbox shown;
    private List<Mailbox> found = List.of();

    LookupView(MailboxSearch mailboxes, MailboxEdits edits, ProjectService project, LiveUpdates live, Presence presence, Clock clock,
               CurrentUser user) {
        this.mailboxes = mailboxes;
        this.edits = edits;
        this.project = project;
        this.live = live;
        this.presence = presence;
        this.clock = clock;
        this.mayNote = user.hasAnyRole(Role.HELPDESK, Role.ADMIN);
        this.mayTick = mayNote;
        setId("lookup-view");
        setMaxWidth("60rem");
        search.setPlaceholder(getTranslation("lookup.search"));
        search.setHelperText(getTranslation("lookup.search.help"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setWidthFull();
        search.setAutofocus(true);
        search.setValueChangeMode(ValueChangeMode.TIMEOUT);
        search.setValueChangeTimeout(150);
        search.addValueChangeListener(change -> find(change.getValue()));
        search.addKeyPressListener(Key.ENTER, enter -> {
            if (!found.isEmpty()) {
                show(found.getFirst());
            }
        });
        results.addClassName("lookup-results");
        card.addClassName("user-card");
        add(search, results, card);
        showEmpty();
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

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter @Nullable String address) {
        if (address == null || address.isBlank()) {
            return;
        }
        var mailbox = mailboxes.findByAddress(address);
        if (mailbox.isPresent()) {
            search.setValue(mailbox.get().primaryAddress());
            show(mailbox.get());
        } else {
            card.removeAll();
            card.add(new EmptyState(getTranslation("lookup.none", address), getTranslation("lookup.not-found", address)));
        }
    }

    void find(String query) {
        results.removeAll();
        found = query.strip().length() < 2 ? List.of() : mailboxes.search(query, RESULTS);
        if (query.strip().length() >= 2 && found.isEmpty()) {
            results.add(new Paragraph(getTranslation("lookup.none", query.strip())));
        }
        for (var mailbox : found) {
            var result = new Button(mailbox.inventory().displayName() + " · " + mailbox.primaryAddress(),
                    click -> show(mailbox));
            result.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            result.addClassName("lookup-result");
            results.add(result);
        }
        if (found.size() == 1) {
            show(found.getFirst());
        }
    }

    private void showEmpty() {
        card.removeAll();
        if (mailboxes.count(MailboxFilter.all()) == 0) {
            card.add(new EmptyState(getTranslation("lookup.empty.title"), getTranslation("lookup.empty.text")));
        }
    }

    void show(Mailbox mailbox) {
        shown = mailbox;
        card.removeAll();
        var settings = project.current();
        var facts = new Guidance.Project(settings.getMethod(), settings.isSingleSignOn(), settings.isMxPointsToCloud(),
                settings.getMxChangedAt());
        Instant completed = mailboxes.reached(mailbox.id(), MailboxState.COMPLETED).orElse(null);
        var guidance = Guidance.of(mailbox, facts, completed, LocalDate.now(clock));

        var inventory = mailbox.inventory();
        var title = new H2(inventory.name());
        var department = inventory.department();
        var address = new Span(mailbox.primaryAddress() + (department.isBlank() ? "" : " · " + department));
        address.addClassName("card-subtitle");
        var locale = inventory.preferredLanguage().locale();
        var language = new Paragraph(locale == null ? "" : getTranslation("lookup.preferred-language", Languages.nameOf(locale)));
        language.setId("card-language");
        language.setVisible(locale != null);
        var where = new Paragraph(say(guidance.where()));
        where.setId("card-where");
        where.addClassName("card-where");

        var toDo = new UnorderedList();
        toDo.setId("card-todo");
        guidance.toDo().forEach(line -> toDo.add(new ListItem(say(line))));
        var pending = new UnorderedList();
        pending.setId("card-pending");
        guidance.pending().forEach(line -> pending.add(new ListItem(say(line))));
        if (guidance.pending().isEmpty()) {
            pending.add(new ListItem(getTranslation("lookup.nothing-pending")));
        }

        var outlook = new Checkbox(getTranslation("lookup.outlook-done"), mailbox.postMigration().outlookProfileReconfigured());
        outlook.setId("card-outlook");
        boolean moved = mailbox.state().isMoved();
        outlook.setVisible(moved && (settings.getMethod() == MigrationMethod.CUTOVER
                || settings.getMethod() == MigrationMethod.STAGED));
        outlook.setReadOnly(!mayTick);
        var problem = new Paragraph();
        problem.addClassName("form-problem");
        problem.setVisible(false);
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

        var notes = new NotesPanel(() -> mailboxes.notes(mailbox.id()).stream()
                .map(n -> new NotesPanel.Note(n.author(), n.at(), n.text())).toList(),
                text -> edits.addNote(mailbox.id(), text), mayNote);

        var formatter = Dates.timeFormat(getLocale(), ZoneId.systemDefault());
        var timeline = new UnorderedList();
        timeline.addClassName("timeline");
        mailboxes.history(mailbox.id()).stream()
                .filter(entry -> List.of("state", "batch", "note", "imported", "outlook_profile_reconfigured",
                        "licence_assigned_on", "um_reenabled", "microsoft_status").contains(entry.field()))
                .limit(30)
                .forEach(entry -> timeline.add(new ListItem(formatter.format(entry.at()) + " · " + entry.actor() + " · "
                        + entry.what().in(getLocale()) + ": " + (entry.oldValue() == null ? "" : entry.before().in(getLocale()) + " → ")
                        + entry.after().in(getLocale()))));

        card.add(new PresenceBar(presence, live, "mailbox:" + mailbox.id()), title, address, language,
                new H3(getTranslation("lookup.where")), where,
                new H3(getTranslation("lookup.todo")), toDo, outlook, problem, new H3(getTranslation("lookup.pending")), pending,
                new H3(getTranslation("notes.title")), notes, new H3(getTranslation("lookup.timeline")), timeline);
    }

    /** A guidance line in the user's language; dates as java.util.Date for MessageFormat. */
    private String say(Guidance.Line line) {
        Object[] args = line.args().stream().map(arg -> switch (arg) {
            case Instant instant -> Date.from(instant);
            case LocalDate date -> Date.from(date.atStartOfDay(ZoneId.systemDefault()).toInstant());
            case Message message -> message.in(getLocale());
            default -> arg;
        }).toArray();
        return getTranslation(line.key(), args);
    }

    /** The card's text, for tests. */
    String cardText() {
        return card.getElement().getTextRecursively();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.lookup");
    }
}
