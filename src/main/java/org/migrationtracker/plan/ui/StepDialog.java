package org.migrationtracker.plan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.theme.lumo.LumoUtility;
import org.migrationtracker.base.ui.Badge;
import org.migrationtracker.i18n.Message;
import org.migrationtracker.live.LiveUpdates;
import org.migrationtracker.live.Presence;
import org.migrationtracker.live.PresenceBar;
import org.migrationtracker.plan.PlanChanged;
import org.migrationtracker.plan.PlanConflict;
import org.migrationtracker.plan.PlanItem;
import org.migrationtracker.plan.PlanService;
import org.migrationtracker.plan.Step;
import org.migrationtracker.plan.StepChange;
import org.migrationtracker.plan.StepField;
import org.migrationtracker.plan.StepHistoryEntry;
import org.migrationtracker.plan.StepRefused;
import org.migrationtracker.plan.StepStatus;
import org.migrationtracker.project.ProjectSettingsChanged;
import org.migrationtracker.security.TrackerUserName;
import org.springframework.security.access.AccessDeniedException;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One checklist step: what to do, what the tracker finds, its status, owner, due day, note and values, and its
 * history. Admins and the lead save it; the helpdesk reads it. A refusal lists every reason and keeps the dialog open.
 */
class StepDialog extends Dialog {

    final Select<StepStatus> status = new Select<>();
    final ComboBox<String> owner = new ComboBox<>();
    final DatePicker dueOn = new DatePicker();
    final TextArea note = new TextArea();
    final StepValues values;
    final UnorderedList problems = new UnorderedList();
    final Div banner = new Div();
    final Div summary = new Div();
    final Grid<StepHistoryEntry> history = new Grid<>();
    final Paragraph noHistory = new Paragraph();
    final Button save = new Button();
    final PresenceBar presenceBar;
    private final PlanService plan;
    private final Step step;
    private final boolean editor;
    private final PlanTexts texts;
    private final Runnable onSaved;
    private PlanItem item;

    StepDialog(PlanService plan, PlanItem item, boolean editor, PlanTexts texts, Clock clock, LiveUpdates live,
               Presence presence, Runnable onSaved) {
        this.plan = plan;
        this.item = item;
        this.step = item.step();
        this.editor = editor;
        this.texts = texts;
        this.onSaved = onSaved;
        setId("step-dialog");
        setHeaderTitle(texts.text(step.messageKey()));
        setWidth("min(50rem, 96vw)");
        presenceBar = new PresenceBar(presence, live, "plan:" + step.name());
        values = new StepValues(step, texts);

        var owners = plan.owners();
        Map<String, String> names = owners.stream().collect(Collectors.toMap(TrackerUserName::username,
                TrackerUserName::displayName, (a, b) -> a));
        status.setLabel(texts.text("plan.status"));
        status.setItems(StepStatus.values());
        status.setItemLabelGenerator(s -> texts.text(s.messageKey()));
        status.addValueChangeListener(change -> {
            // the switch is usually recorded as it happens: "done" offers now, which the editor may correct
            if (change.getValue() == StepStatus.DONE && step == Step.MX_SWITCH) {
                values.timeNowIfEmpty(StepField.MX_SWITCHED_AT, clock.instant());
            }
        });
        owner.setLabel(texts.text("plan.owner"));
        owner.setItems(owners.stream().map(TrackerUserName::username).toList());
        owner.setItemLabelGenerator(name -> names.containsKey(name) ? names.get(name) + " (" + name + ")" : name);
        owner.setClearButtonVisible(true);
        dueOn.setLabel(texts.text("plan.due"));
        dueOn.setLocale(texts.locale());
        dueOn.setClearButtonVisible(true);
        note.setLabel(texts.text("plan.note"));
        note.setMaxLength(4_000);

        var form = new FormLayout(status, owner, dueOn);
        values.inputs().values().forEach(form::add);
        form.add(note);
        form.setColspan(note, 2);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32rem", 2));

        problems.setId("step-problems");
        problems.addClassName("form-problem");
        problems.setVisible(false);
        banner.addClassName("live-banner");
        banner.setVisible(false);

        history.setId("step-history");
        history.addColumn(h -> texts.time(h.at())).setHeader(texts.text("plan.history.at")).setAutoWidth(true);
        history.addColumn(StepHistoryEntry::actor).setHeader(texts.text("plan.history.actor")).setAutoWidth(true);
        history.addColumn(h -> texts.historyField(h.field())).setHeader(texts.text("plan.history.field")).setAutoWidth(true);
        history.addColumn(h -> texts.historyValue(h.field(), h.oldValue()) + " → " + texts.historyValue(h.field(), h.newValue()))
                .setHeader(texts.text("plan.history.change")).setFlexGrow(1);
        history.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_NO_BORDER);
        history.setAllRowsVisible(true);
        noHistory.setText(texts.text("plan.history.none"));
        noHistory.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);

        var help = new Paragraph(texts.text(step.messageKey() + ".help"));
        help.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.Margin.Top.NONE);
        add(presenceBar, banner, help, summary, form, problems, new H4(texts.text("plan.history")), noHistory, history);
        if (!editor) {
            var readOnly = new Paragraph(texts.text("plan.read-only"));
            readOnly.setId("step-read-only");
            readOnly.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
            addComponentAtIndex(1, readOnly);
            status.setReadOnly(true);
            owner.setReadOnly(true);
            dueOn.setReadOnly(true);
            note.setReadOnly(true);
            values.setReadOnly(true);
        }

        var close = new Button(texts.text(editor ? "action.cancel" : "action.close"), click -> close());
        getFooter().add(close);
        if (editor) {
            save.setText(texts.text("action.save"));
            save.setId("step-save");
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            save.addClickListener(click -> save());
            getFooter().add(save);
        }
        load(item);

        live.subscribeWhileAttached(this, PlanChanged.class, changes -> {
            if (changes.stream().anyMatch(c -> c.step().equals(step.name()))) {
                changedElsewhere();
            }
        });
        if (step == Step.MX_SWITCH) {
            // the MX record can be recorded elsewhere too (PUT /api/v1/project/mx): the step shows the project's
            live.subscribeWhileAttached(this, ProjectSettingsChanged.class, changes -> changedElsewhere());
        }
    }

    private void load(PlanItem shown) {
        item = shown;
        var record = shown.record();
        status.setValue(step == Step.MX_SWITCH && shown.applies() ? shown.status() : record.status());
        owner.setValue(record.owner());
        dueOn.setValue(record.dueOn());
        note.setValue(record.note());
        values.load(record, step == Step.MX_SWITCH ? shown.doneAt() : null);
        summary.removeAll();
        var line = new Div(texts.statusBadge(shown));
        line.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.Gap.SMALL, LumoUtility.AlignItems.BASELINE);
        if (shown.late()) {
            line.add(Badge.ERROR.primary(texts.text("plan.due-late", texts.day(shown.dueOn()))));
        }
        var check = texts.check(shown);
        if (check != null) {
            line.add(check);
        }
        summary.add(line);
        showHistory();
        values.showAtFields(Map.of(), texts.locale());
        problems.setVisible(false);
        banner.setVisible(false);
    }

    /** Someone saved the step elsewhere: readers see it at once, an editor decides when (a stale save is refused). */
    private void changedElsewhere() {
        var current = plan.plan().find(step).orElse(null);
        if (current == null || current.record().version() == item.record().version()
                && current.status() == item.status() && Objects.equals(current.doneAt(), item.doneAt())) {
            return;
        }
        if (!editor) {
            load(current);
            return;
        }
        banner.removeAll();
        var record = current.record();
        banner.add(new Span(texts.text("live.changed", record.updatedBy(),
                        record.updatedAt() == null ? "" : texts.time(record.updatedAt())) + " "),
                new Button(texts.text("live.changed-reload"), click -> load(current)));
        banner.setVisible(true);
        showHistory();
    }

    private void showHistory() {
        var entries = plan.history(step);
        history.setItems(entries);
        history.setVisible(!entries.isEmpty());
        noHistory.setVisible(entries.isEmpty());
    }

    private StepChange change() {
        return new StepChange(status.getValue(), owner.getValue(), dueOn.getValue(), note.getValue(), values.values());
    }

    void save() {
        try {
            var saved = plan.update(step, item.record().version(), change());
            if (saved.warnings().isEmpty()) {
                Notification.show(texts.text("plan.saved", Message.of(step.messageKey())))
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } else {
                var notice = Notification.show(texts.text("plan.saved-with-warnings", Message.of(step.messageKey()),
                        saved.warnings()), 8_000, Notification.Position.BOTTOM_START);
                notice.addThemeVariants(NotificationVariant.LUMO_WARNING);
                notice.setId("step-warnings");
            }
            onSaved.run();
            close();
        } catch (StepRefused refused) {
            // each value's problem at its field, the rest listed below the form; nothing was saved
            var atFields = values.showAtFields(refused.atFields(), texts.locale());
            show(refused.reasons().stream().filter(reason -> !atFields.contains(reason)).toList());
        } catch (PlanConflict conflict) {
            show(List.of(Message.of(conflict)));
            var reload = new Button(texts.text("action.reload"), click -> load(plan.plan().item(step)));
            reload.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            problems.add(new ListItem(reload));
        } catch (AccessDeniedException denied) {
            show(List.of(Message.of("plan.read-only")));
        }
    }

    private void show(List<Message> reasons) {
        problems.removeAll();
        reasons.forEach(reason -> problems.add(new ListItem(reason.in(texts.locale()))));
        problems.setVisible(!reasons.isEmpty());
    }

    /** The reasons shown, for tests. */
    List<String> problemTexts() {
        return problems.getChildren().map(c -> c.getElement().getTextRecursively()).filter(t -> !t.isBlank()).toList();
    }
}
