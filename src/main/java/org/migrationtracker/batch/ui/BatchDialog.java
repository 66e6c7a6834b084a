package org.migrationtracker.batch.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import org.migrationtracker.base.ui.NotesPanel;
import org.migrationtracker.batch.BatchAction;
import org.migrationtracker.batch.BatchChanged;
import org.migrationtracker.batch.BatchConflict;
import org.migrationtracker.batch.BatchDraft;
import org.migrationtracker.batch.BatchHistoryEntry;
import org.migrationtracker.batch.BatchOverview;
import org.migrationtracker.batch.BatchRefused;
import org.migrationtracker.batch.BatchNotes;
import org.migrationtracker.batch.BatchRules;
import org.migrationtracker.batch.BatchService;
import org.migrationtracker.i18n.Dates;
import org.migrationtracker.project.MigrationMethod;
import org.migrationtracker.batch.BatchStatus;
import org.migrationtracker.i18n.FieldProblem;
import org.migrationtracker.i18n.Message;
import org.migrationtracker.live.LiveUpdates;
import org.migrationtracker.live.Presence;
import org.migrationtracker.live.PresenceBar;
import org.migrationtracker.mailbox.BulkResult;
import org.migrationtracker.mailbox.ui.RefusedRows;
import org.migrationtracker.mailbox.ui.MailboxesLink;

import java.io.ByteArrayInputStream;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Supplier;

/** One batch: its details, the actions its status allows (with their guards), its CSV, and its history. */
class BatchDialog extends Dialog {

    /** The actions this dialog offers, in its order (mailboxes join a batch elsewhere). */
    static final List<BatchAction> OFFERED = List.of(BatchAction.START, BatchAction.MARK_SYNCED, BatchAction.COMPLETE,
            BatchAction.STOP, BatchAction.FAIL, BatchAction.REMOVE);

    final EndpointChooser endpoint = new EndpointChooser();
    final DatePicker planned = new DatePicker();
    final DatePicker plannedEnd = new DatePicker();
    final TextArea notes = new TextArea();
    final Paragraph problem = new Paragraph();
    final Paragraph outcome = new Paragraph();
    /** The mailboxes the last action refused, each with its reason. */
    final Div refusedRows = new Div();
    final Div actions = new Div();
    final Anchor csvWithPasswords = new Anchor();
    final Anchor csvWithoutPasswords = new Anchor();
    final Anchor csvMailingPasswords = new Anchor();
    final Div content = new Div();
    final Div banner = new Div();
    final PresenceBar presenceBar;
    final NotesPanel notePanel;
    private final BatchService batches;
    private final boolean admin;
    private final Runnable onChange;
    private final String name;
    private BatchOverview overview;

    BatchDialog(BatchService batches, String name, boolean admin, LiveUpdates live, Presence presence, Runnable onChange) {
        this.batches = batches;
        this.name = name;
        this.admin = admin;
        this.onChange = onChange;
        this.overview = batches.find(name).orElseThrow();
        presenceBar = new PresenceBar(presence, live, "batch:" + overview.batch().getName());
        var batchNotes = VaadinService.getCurrent().getInstantiator().getOrCreate(BatchNotes.class);
        notePanel = new NotesPanel(() -> batchNotes.of(name).stream().map(n -> new NotesPanel.Note(n.author(), n.at(), n.text())).toList(),
                text -> batchNotes.add(name, text), admin);
        banner.addClassName("live-banner");
        banner.setVisible(false);
        add(presenceBar, banner, content);
        live.subscribeWhileAttached(this, BatchChanged.class, changes -> {
            if (changes.stream().anyMatch(c -> c.batchId() == overview.batch().getId())) {
                var current = batches.find(name).orElseThrow();
                notePanel.refresh();
                if (current.batch().getVersion() != overview.batch().getVersion()) {
                    changedElsewhere(current);
                }
            }
        });
        setWidth("min(60rem, 96vw)");
        problem.addClassName("form-problem");
        outcome.addClassName("import-success");
        outcome.setId("batch-outcome");
        planned.setLabel(getTranslation("batch.planned"));
        plannedEnd.setLabel(getTranslation("batch.planned-end"));
        plannedEnd.setHelperText(getTranslation("batch.planned-end.help"));
        planned.addValueChangeListener(change -> plannedEnd.setMin(change.getValue()));
        notes.setLabel(getTranslation("batch.notes"));
        csvWithPasswords.setText(getTranslation("batch.csv-with-passwords"));
        csvWithPasswords.setId("csv-with-passwords");
        csvWithPasswords.setHref(DownloadHandler.fromInputStream(event -> {
            byte[] file = batches.exportCsv(name, true);
            return new DownloadResponse(new ByteArrayInputStream(file), name + ".csv", "text/csv; charset=utf-8", file.length);
        }));
        csvWithPasswords.getElement().setAttribute("download", true);
        csvMailingPasswords.setText(getTranslation("batch.csv-mailing-passwords"));
        csvMailingPasswords.setId("csv-mailing-passwords");
        csvMailingPasswords.setTitle(getTranslation("batch.csv-mailing-passwords.help"));
        csvMailingPasswords.setHref(DownloadHandler.fromInputStream(event -> {
            byte[] file = batches.exportCsvMailingPasswords(name);
            return new DownloadResponse(new ByteArrayInputStream(file), name + ".csv", "text/csv; charset=utf-8", file.length);
        }));
        csvMailingPasswords.getElement().setAttribute("download", true);
        csvWithoutPasswords.setText(getTranslation("batch.csv-without-passwords"));
        csvWithoutPasswords.setHref(DownloadHandler.fromInputStream(event -> {
            byte[] file = batches.exportCsv(name, false);
            return new DownloadResponse(new ByteArrayInputStream(file), name + "-addresses.csv", "text/csv; charset=utf-8", file.length);
        }));
        csvWithoutPasswords.getElement().setAttribute("download", true);
        getFooter().add(new Button(getTranslation("action.close"), click -> close()));
        render();
    }

    private void changedElsewhere(BatchOverview current) {
        banner.removeAll();
        var formatter = Dates.timeFormat(getLocale(), ZoneId.systemDefault());
        banner.add(new Span(getTranslation("live.changed", current.batch().getUpdatedBy(), formatter.format(current.batch().getUpdatedAt())) + " "),
                new Button(getTranslation("live.changed-reload"), click -> {
                    overview = batches.find(name).orElseThrow();
                    render();
                }));
        banner.setVisible(true);
    }

    private void render() {
        content.removeAll();
        banner.setVisible(false);
        var batch = overview.batch();
        setHeaderTitle(batch.getName());
        var facts = new FormLayout();
        facts.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40rem", 2));
        facts.addFormItem(BatchStatusBadge.of(batch.getStatus(), batch.getRawStatus(), getLocale()), getTranslation("batch.status"));
        facts.addFormItem(new Span(getTranslation("method." + batch.getMethod().name()) + " · "
                + getTranslation("start-mode." + batch.getStartMode().name())), getTranslation("project.method"));
        var c = overview.counts();
        facts.addFormItem(new Span(getTranslation("batch.counts", c.total(), c.synced(), c.finalized(), c.failed())),
                getTranslation("batch.counts.header"));
        var zone = Dates.timeFormat(getLocale(), ZoneId.systemDefault());
        facts.addFormItem(new Span(batch.getLastSyncedAt() == null ? "–" : zone.format(batch.getLastSyncedAt())),
                getTranslation("batch.last-synced"));
        if (!batch.getStatusError().isBlank()) {
            facts.addFormItem(new Span(batch.getStatusError()), getTranslation("batch.error"));
        }
        // the mailbox grid, filtered to this batch (a link the mailbox module defines: its screen is its own)
        var mailboxLink = new Anchor(MailboxesLink.inBatch(batch.getName()).href(), getTranslation("batch.show-mailboxes", c.total()));
        mailboxLink.getElement().addEventListener("click", click -> close());

        endpoint.show(batch.getEndpointName());
        planned.setValue(batch.getPlannedStart());
        plannedEnd.setValue(batch.getPlannedEnd());
        notes.setValue(batch.getNotes());
        var save = new Button(getTranslation("action.save"), click -> {
            var draft = new BatchDraft(batch.getName(), batch.getStartMode(), planned.getValue(), endpoint.name(), notes.getValue(),
                    plannedEnd.getValue());
            if (FieldProblem.show(plannedEnd, BatchRules.windowProblem(draft).orElse(null), getLocale())) {
                act(() -> {
                    batches.describe(name, overview.batch().getVersion(), draft);
                    return null;
                });
            }
        });
        var details = new FormLayout(endpoint, planned, plannedEnd, notes, save);
        details.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40rem", 2));
        details.setEnabled(admin && batch.getStatus() != BatchStatus.REMOVED);

        actions.removeAll();
        actions.addClassName("batch-actions");
        var status = batch.getStatus();
        long version = batch.getVersion();
        // the buttons are the actions the batch's status allows (BatchStatus.allows), the service checks the same
        var error = new TextField();
        error.setPlaceholder(getTranslation("batch.error-text"));
        for (var action : OFFERED) {
            if (admin && status.allows(action)) {
                var button = button(action, () -> switch (action) {
                    case START -> batches.start(name, version);
                    case MARK_SYNCED -> batches.markSynced(name, version);
                    case COMPLETE -> batches.complete(name, version);
                    case STOP -> batches.stop(name, version);
                    case FAIL -> batches.fail(name, version, error.getValue());
                    case REMOVE -> batches.remove(name, version);
                    case ADD_MAILBOXES -> throw new IllegalArgumentException("not offered here");
                });
                actions.add(action == BatchAction.FAIL ? new FlexLayout(error, button) : button);
            }
        }
        var blockers = status == BatchStatus.REMOVED ? List.<Message>of() : batches.removalBlockers(name);
        var removal = new Div();
        removal.addClassName("removal-guard");
        if (!blockers.isEmpty()) {
            removal.add(new Span(getTranslation("batch.remove-blocked")));
            blockers.forEach(blocker -> removal.add(new Paragraph("• " + blocker.in(getLocale()))));
        }

        var history = new Grid<BatchHistoryEntry>();
        history.addColumn(entry -> zone.format(entry.at())).setHeader(getTranslation("history.when")).setAutoWidth(true).setFlexGrow(0);
        history.addColumn(BatchHistoryEntry::actor).setHeader(getTranslation("history.who")).setAutoWidth(true).setFlexGrow(0);
        history.addColumn(entry -> entry.what().in(getLocale())).setHeader(getTranslation("history.what")).setAutoWidth(true).setFlexGrow(0);
        history.addColumn(entry -> entry.before().in(getLocale()) + " → " + entry.after().in(getLocale())).setHeader(getTranslation("history.change")).setFlexGrow(1);
        history.setItems(batches.history(name));
        history.setHeight("14rem");

        // staged: with or without temporary passwords; hybrid: addresses only; IMAP: Microsoft's IMAP migration file;
        // cutover: no file at all
        var method = overview.batch().getMethod();
        csvWithPasswords.setText(getTranslation(method == MigrationMethod.IMAP ? "batch.csv-imap" : "batch.csv-with-passwords"));
        var csv = switch (method) {
            case STAGED -> new Div(csvWithPasswords, new Span(" · "), csvMailingPasswords, new Span(" · "), csvWithoutPasswords);
            case HYBRID -> new Div(csvWithoutPasswords);
            case IMAP, CUTOVER -> new Div(csvWithPasswords);
        };
        csv.add(new ConversionDownloads(name, admin));
        csv.setVisible(admin && status != BatchStatus.REMOVED && method != MigrationMethod.CUTOVER);
        content.add(facts, mailboxLink, new H4(getTranslation("batch.actions")), actions, removal, outcome, refusedRows, problem, csv,
                new H4(getTranslation("batch.details")), details, new H4(getTranslation("notes.title")), notePanel,
                new H4(getTranslation("mailbox.history")), history);
        actions.setVisible(admin);
        problem.setVisible(false);
    }

    /** A button for the action, with the id its label key gives ("batch-start"). */
    private Button button(BatchAction action, Supplier<BulkResult> run) {
        String key = switch (action) {
            case START -> "batch.start";
            case MARK_SYNCED -> "batch.mark-synced";
            case COMPLETE -> "batch.complete";
            case STOP -> "batch.stop";
            case FAIL -> "batch.fail";
            case REMOVE -> "batch.remove";
            case ADD_MAILBOXES -> throw new IllegalArgumentException("not offered here");
        };
        var button = new Button(getTranslation(key), click -> {
            if (action == BatchAction.REMOVE && batches.removalBlockers(name).isEmpty()) {
                confirmRemoval(run);
            } else {
                act(run); // a blocked removal is refused with every unmet condition: nothing to confirm
            }
        });
        button.setId(key.replace('.', '-'));
        if (action == BatchAction.FAIL || action == BatchAction.REMOVE) {
            button.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        return button;
    }

    /** Removing cannot be undone: say what it does, to how many mailboxes, and ask. */
    private void confirmRemoval(Supplier<BulkResult> run) {
        var confirm = new ConfirmDialog();
        confirm.setId("confirm-remove");
        confirm.setHeader(getTranslation("batch.remove.confirm.title", name));
        confirm.setText(getTranslation(overview.hasRun() ? "batch.remove.confirm.ran" : "batch.remove.confirm.never-ran",
                overview.counts().total()));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmText(getTranslation("batch.remove.confirm.button"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(event -> act(run));
        confirm.open();
    }

    private void act(Supplier<BulkResult> action) {
        refusedRows.removeAll();
        try {
            var result = action.get();
            overview = batches.find(name).orElseThrow();
            render();
            if (result != null) {
                outcome.setText(result.summary().in(getLocale()));
                if (!result.refusals().isEmpty()) {
                    refusedRows.add(new RefusedRows(result.refusals(), result.operationId()));
                }
            }
            onChange.run();
        } catch (BatchRefused refused) {
            problem.setText(Message.of(refused).in(getLocale()));
            problem.setVisible(true);
        } catch (BatchConflict conflict) {
            problem.setText(Message.of(conflict).in(getLocale()));
            problem.add(new Button(getTranslation("action.reload"), click -> {
                overview = batches.find(name).orElseThrow();
                render();
            }));
            problem.setVisible(true);
        }
    }
}
