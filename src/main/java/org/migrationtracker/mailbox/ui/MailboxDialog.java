package org.migrationtracker.mailbox.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import org.migrationtracker.base.ui.Badge;
import org.migrationtracker.base.ui.NotesPanel;
import org.migrationtracker.i18n.Dates;
import org.migrationtracker.i18n.Languages;
import org.migrationtracker.i18n.Message;
import org.migrationtracker.live.LiveUpdates;
import org.migrationtracker.live.Presence;
import org.migrationtracker.live.PresenceBar;
import org.migrationtracker.mailbox.HistoryEntry;
import org.migrationtracker.mailbox.Lifecycle;
import org.migrationtracker.mailbox.Mailbox;
import org.migrationtracker.mailbox.MailboxConflict;
import org.migrationtracker.mailbox.MailboxDetails;
import org.migrationtracker.mailbox.MailboxEdits;
import org.migrationtracker.mailbox.MailboxNoteAdded;
import org.migrationtracker.mailbox.MailboxSearch;
import org.migrationtracker.mailbox.MailboxState;
import org.migrationtracker.mailbox.MailboxesChanged;
import org.migrationtracker.mailbox.PostMigration;
import org.migrationtracker.mailbox.PreferredLanguage;

import java.time.ZoneId;
import java.util.function.Supplier;

/** One mailbox: what it is, what blocks it, where it is, the steps after its move, and its whole history. */
class MailboxDialog extends Dialog {

    final ComboBox<MailboxState> nextState = new ComboBox<>();
    final TextField note = new TextField();
    final Button move = new Button();
    final DatePicker cloudCreated = new DatePicker();
    final DatePicker licence = new DatePicker();
    final Checkbox umReenabled = new Checkbox();
    final Checkbox outlook = new Checkbox();
    final Button savePost = new Button();
    final ComboBox<PreferredLanguage> language = new ComboBox<>();
    final Paragraph problem = new Paragraph();
    final Grid<HistoryEntry> history = new Grid<>();

    final Div content = new Div();
    final Div banner = new Div();
    final PresenceBar presenceBar;
    final NotesPanel notes;

    private final MailboxSearch mailboxes;

    private final MailboxEdits edits;
    private final MailboxDetails details;
    private final boolean admin;
    private final Runnable onChange;
    private Mailbox mailbox;

    MailboxDialog(MailboxSearch mailboxes, MailboxEdits edits, MailboxDetails details, Mailbox mailbox, boolean admin, boolean mayNote,
                  LiveUpdates live, Presence presence, Runnable onChange) {
        this.mailboxes = mailboxes;
        this.edits = edits;
        this.details = details;
        this.mailbox = mailbox;
        this.admin = admin;
        this.onChange = onChange;
        presenceBar = new PresenceBar(presence, live, "mailbox:" + mailbox.id());
        notes = new NotesPanel(() -> mailboxes.notes(this.mailbox.id()).stream()
                .map(n -> new NotesPanel.Note(n.author(), n.at(), n.text())).toList(),
                text -> edits.addNote(this.mailbox.id(), text), mayNote);
        banner.addClassName("live-banner");
        banner.setVisible(false);
        add(presenceBar, banner, content);
        // another person's change: notes and history follow at once; the form is not replaced under the user's hands
        live.subscribeWhileAttached(this, MailboxNoteAdded.class, added -> {
            if (added.stream().anyMatch(a -> a.mailboxId() == this.mailbox.id())) {
                notes.refresh();
                history.setItems(mailboxes.history(this.mailbox.id()));
            }
        });
        live.subscribeWhileAttached(this, MailboxesChanged.class, changes -> {
            if (changes.stream().anyMatch(c -> !c.listsIds() || c.mailboxIds().contains(this.mailbox.id()))) {
                mailboxes.find(this.mailbox.id()).filter(current -> current.version() != this.mailbox.version())
                        .ifPresent(this::changedElsewhere);
            }
        });
        setWidth("min(64rem, 96vw)");
        problem.addClassName("form-problem");
        nextState.setLabel(getTranslation("mailbox.move-to"));
        nextState.setItemLabelGenerator(state -> getTranslation("state." + state.name()));
        note.setLabel(getTranslation("mailbox.note"));
        note.setHelperText(getTranslation("mailbox.note.help"));
        move.setText(getTranslation("mailbox.move"));
        move.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        move.addClickListener(click -> save(() -> edits.transition(this.mailbox.id(), this.mailbox.version(),
                nextState.getValue(), note.getValue())));
        cloudCreated.setLabel(getTranslation("mailbox.cloud-created"));
        licence.setLabel(getTranslation("mailbox.licence"));
        umReenabled.setLabel(getTranslation("mailbox.um-reenabled"));
        outlook.setLabel(getTranslation("mailbox.outlook"));
        language.setItems(PreferredLanguage.values());
        language.setItemLabelGenerator(l -> l.locale() == null ? getTranslation("mailbox.preferred-language.none")
                : Languages.nameOf(l.locale()));
        language.setId("mailbox-preferred-language");
        language.addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null
                    && change.getValue() != this.mailbox.inventory().preferredLanguage()) {
                save(() -> details.setPreferredLanguage(this.mailbox.id(), this.mailbox.version(), change.getValue()));
            }
        });
        savePost.setText(getTranslation("action.save"));
        savePost.addClickListener(click -> save(() -> edits.recordPostMigration(this.mailbox.id(), this.mailbox.version(),
                PostMigration.recorded(cloudCreated.getValue(), licence.getValue(), umReenabled.getValue(), outlook.getValue()))));
        var formatter = Dates.timeFormat(getLocale(), ZoneId.systemDefault());
        history.addColumn(entry -> formatter.format(entry.at())).setHeader(getTranslation("history.when")).setAutoWidth(true).setFlexGrow(0);
        history.addColumn(HistoryEntry::actor).setHeader(getTranslation("history.who")).setAutoWidth(true).setFlexGrow(0);
        history.addColumn(entry -> entry.what().in(getLocale())).setHeader(getTranslation("history.what")).setAutoWidth(true).setFlexGrow(0);
        history.addColumn(entry -> entry.before().in(getLocale()) + " → " + entry.after().in(getLocale())).setHeader(getTranslation("history.change")).setFlexGrow(1);
        history.setHeight("16rem");
        getFooter().add(new Button(getTranslation("action.close"), click -> close()));
        render();
    }

    private void changedElsewhere(Mailbox current) {
        banner.removeAll();
        var formatter = Dates.timeFormat(getLocale(), ZoneId.systemDefault());
        var change = current.lastChange();
        banner.add(new Span(getTranslation("live.changed", change.by(), formatter.format(change.at())) + " "),
                new Button(getTranslation("live.changed-reload"), click -> reload()));
        banner.setVisible(true);
        history.setItems(mailboxes.history(current.id()));
    }

    private void render() {
        content.removeAll();
        banner.setVisible(false);
        var inventory = mailbox.inventory();
        var permissions = mailbox.permissions();
        setHeaderTitle(inventory.name());
        var facts = new FormLayout();
        facts.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("44rem", 2));
        facts.addClassName("mailbox-facts");
        facts.addFormItem(new Span(mailbox.primaryAddress()), getTranslation("mailbox.address"));
        facts.addFormItem(new Span(inventory.alias()), getTranslation("mailbox.alias"));
        facts.addFormItem(new Span(inventory.department()), getTranslation("mailbox.department"));
        facts.addFormItem(new Span(inventory.databaseName()), getTranslation("mailbox.database"));
        facts.addFormItem(new Span(getTranslation("type." + inventory.recipientType().name())),
                getTranslation("mailbox.type"));
        facts.addFormItem(new Span(MailboxGrid.size(inventory.sizeBytes(), getLocale())), getTranslation("mailbox.size"));
        facts.addFormItem(new Span(String.join(", ", inventory.proxyAddresses())), getTranslation("mailbox.proxies"));
        language.setValue(inventory.preferredLanguage());
        language.setReadOnly(!admin);
        facts.addFormItem(language, getTranslation("mailbox.preferred-language"));
        var x500 = new Span(String.join("\n", mailboxes.x500Addresses(mailbox.id())));
        x500.getStyle().set("white-space", "pre-line").set("overflow-wrap", "anywhere");
        x500.setId("mailbox-x500");
        facts.addFormItem(x500, getTranslation("mailbox.x500"));
        facts.addFormItem(new Span(yesNo(permissions.fullAccess())), getTranslation("mailbox.full-access"));
        facts.addFormItem(new Span(yesNo(permissions.receiveAsOnDatabase())), getTranslation("mailbox.receive-as"));
        facts.addFormItem(new Span(yesNo(permissions.writeProperty())), getTranslation("mailbox.write-property"));
        var um = yesNo(inventory.umEnabled()) + (inventory.umWasEnabled() ? " · " + getTranslation("mailbox.um-was-enabled") : "");
        facts.addFormItem(new Span(um), getTranslation("mailbox.um"));

        var readiness = new Div();
        readiness.addClassName("readiness");
        if (mailbox.lifecycle().readinessReasons().isEmpty()) {
            readiness.add(new Span(getTranslation("mailbox.ready-all")));
        } else {
            readiness.add(new Span(getTranslation(mailbox.lifecycle().ready() ? "mailbox.warnings" : "mailbox.not-ready")));
            mailbox.readinessMessages().forEach(reason -> readiness.add(new Paragraph("• " + reason.in(getLocale()))));
        }
        var stateNote = mailbox.lifecycle().noteMessage().in(getLocale());
        var state = Badge.PLAIN.of(getTranslation("state." + mailbox.state().name()) + (stateNote.isBlank() ? "" : ": " + stateNote));
        state.setId("mailbox-state");

        nextState.setItems(Lifecycle.next(mailbox.state()));
        nextState.clear();
        note.clear();
        var transition = new HorizontalLayout(nextState, note, move);
        transition.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        transition.setVisible(admin && !Lifecycle.next(mailbox.state()).isEmpty());

        cloudCreated.setValue(mailbox.postMigration().cloudCreatedOn());
        licence.setValue(mailbox.postMigration().licenceAssignedOn());
        licence.setHelperText(mailbox.licenceDeadline() == null ? "" : getTranslation("mailbox.licence-deadline", mailbox.licenceDeadline()));
        umReenabled.setValue(mailbox.postMigration().umReenabled());
        umReenabled.setVisible(inventory.umWasEnabled());
        outlook.setValue(mailbox.postMigration().outlookProfileReconfigured());
        var post = new HorizontalLayout(cloudCreated, licence, umReenabled, outlook, savePost);
        post.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        post.setWrap(true);
        post.setEnabled(admin);
        var converted = new Span(mailbox.postMigration().mailUserConverted() ? getTranslation("mailbox.converted") : "");

        history.setItems(mailboxes.history(mailbox.id()));
        problem.setVisible(false);
        content.add(facts, new H4(getTranslation("mailbox.readiness")), readiness, new H4(getTranslation("mailbox.state")), state,
                transition, new H4(getTranslation("mailbox.after")), post, converted, problem,
                new H4(getTranslation("notes.title")), notes, new H4(getTranslation("mailbox.history")), history);
    }

    private void save(Supplier<Mailbox> change) {
        try {
            mailbox = change.get();
            render();
            onChange.run();
        } catch (MailboxConflict conflict) {
            problem.setText(Message.of(conflict).in(getLocale()));
            problem.add(new Button(getTranslation("action.reload"), click -> reload()));
            problem.setVisible(true);
        } catch (IllegalArgumentException refused) {
            problem.setText(Message.of(refused).in(getLocale()));
            problem.setVisible(true);
        }
    }

    /** Shows the stored values again (after someone else's change). */
    void reload() {
        mailboxes.find(mailbox.id()).ifPresent(current -> {
            mailbox = current;
            render();
        });
    }

    long mailboxId() {
        return mailbox.id();
    }

    private String yesNo(boolean value) {
        return getTranslation(value ? "yes" : "no");
    }
}
