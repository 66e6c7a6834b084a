package org.migrationtracker.batch.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import org.jspecify.annotations.Nullable;
import org.migrationtracker.base.ui.CsvProblems;
import org.migrationtracker.base.ui.LimitedUpload;
import org.migrationtracker.batch.BatchCreation;
import org.migrationtracker.batch.BatchDraft;
import org.migrationtracker.batch.BatchRefused;
import org.migrationtracker.batch.BatchRules;
import org.migrationtracker.batch.BatchService;
import org.migrationtracker.batch.MigrationBatch;
import org.migrationtracker.batch.StartMode;
import org.migrationtracker.csv.CsvRefusedException;
import org.migrationtracker.i18n.FieldProblem;
import org.migrationtracker.i18n.Message;
import org.migrationtracker.mailbox.BulkTarget;
import org.migrationtracker.mailbox.MailboxFilter;
import org.migrationtracker.mailbox.MailboxSearch;
import org.migrationtracker.mailbox.MailboxState;
import org.migrationtracker.mailbox.ui.RefusedRows;
import org.migrationtracker.project.MigrationMethod;
import org.migrationtracker.project.ProjectService;

import java.util.EnumSet;
import java.util.List;

/**
 * A new batch from the mailboxes waiting for their move (by department and database, ready ones only or all), or
 * from a batch CSV made elsewhere. Shows how many mailboxes match and how a large group would be split.
 */
class NewBatchDialog extends Dialog {

    final TextField name = new TextField();
    final RadioButtonGroup<StartMode> startMode = new RadioButtonGroup<>();
    final DatePicker planned = new DatePicker();
    final DatePicker plannedEnd = new DatePicker();
    final EndpointChooser endpoint = new EndpointChooser();
    final TextArea notes = new TextArea();
    final ComboBox<String> department = new ComboBox<>();
    final ComboBox<String> database = new ComboBox<>();
    final Checkbox readyOnly = new Checkbox();
    final Checkbox split = new Checkbox();
    final Paragraph preview = new Paragraph();
    final Paragraph problem = new Paragraph();
    final Button create = new Button();
    private final VerticalLayout result = new VerticalLayout();

    private final BatchService batches;
    private final MailboxSearch mailboxes;
    private final MigrationMethod method;
    private final Runnable onCreated;
    private byte @Nullable [] csv;
    private String csvName = "";
    private final Upload upload;

    NewBatchDialog(BatchService batches, MailboxSearch mailboxes, ProjectService project, Runnable onCreated) {
        this.batches = batches;
        this.mailboxes = mailboxes;
        this.method = project.method();
        this.onCreated = onCreated;
        setHeaderTitle(getTranslation("batches.new"));
        setWidth("min(48rem, 96vw)");
        name.setLabel(getTranslation("batch.name"));
        name.setHelperText(getTranslation("batch.name.help"));
        name.setRequired(true);
        startMode.setLabel(getTranslation("batch.start-mode"));
        startMode.setItems(StartMode.values());
        startMode.setItemLabelGenerator(mode -> getTranslation("start-mode." + mode.name()));
        startMode.setValue(StartMode.MANUAL);
        planned.setLabel(getTranslation("batch.planned"));
        plannedEnd.setLabel(getTranslation("batch.planned-end"));
        plannedEnd.setHelperText(getTranslation("batch.planned-end.help"));
        planned.addValueChangeListener(change -> plannedEnd.setMin(change.getValue()));
        notes.setLabel(getTranslation("batch.notes"));
        department.setLabel(getTranslation("mailbox.department"));
        department.setItems(mailboxes.departments());
        department.setClearButtonVisible(true);
        database.setLabel(getTranslation("mailbox.database"));
        database.setItems(mailboxes.databases());
        database.setClearButtonVisible(true);
        readyOnly.setLabel(getTranslation("batches.ready-only"));
        readyOnly.setValue(true);
        split.setLabel(getTranslation("batches.split"));
        problem.addClassName("form-problem");
        problem.setVisible(false);
        department.addValueChangeListener(change -> updatePreview());
        database.addValueChangeListener(change -> updatePreview());
        readyOnly.addValueChangeListener(change -> updatePreview());
        name.addValueChangeListener(change -> updatePreview());
        upload = LimitedUpload.of((fileName, bytes) -> {
            var ui = UI.getCurrent();
            ui.access(() -> {
                csv = bytes;
                csvName = fileName;
                preview.setText(getTranslation("batches.csv-ready", csvName));
            });
        }, (fileName, limits) -> UI.getCurrent().access(() -> {
            csv = null;
            problem.setText(fileName + ": " + limits.tooLarge().in(getLocale()));
            problem.setVisible(true);
        })).upload();
        upload.setAcceptedFileTypes(".csv", "text/csv");
        upload.setVisible(false);

        var form = new FormLayout(name, startMode, planned, plannedEnd, endpoint, department, database, readyOnly, split, notes);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36rem", 2));
        form.setColspan(notes, 2);
        create.setText(getTranslation("batches.create"));
        create.setId("create-batch");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(click -> create());
        add(form, upload, preview, problem, result);
        getFooter().add(new Button(getTranslation("action.close"), click -> close()), create);
        if (method == MigrationMethod.CUTOVER) {
            department.setVisible(false);
            database.setVisible(false);
            readyOnly.setVisible(false);
            split.setVisible(false);
        }
        updatePreview();
    }

    /** Builds the batch from an uploaded CSV instead of a filter. */
    NewBatchDialog withCsvUpload() {
        setHeaderTitle(getTranslation("batches.upload-csv"));
        department.setVisible(false);
        database.setVisible(false);
        readyOnly.setVisible(false);
        split.setVisible(false);
        upload.setVisible(true);
        preview.setText(getTranslation("batches.csv-help"));
        return this;
    }

    MailboxFilter filter() {
        var states = readyOnly.getValue() ? EnumSet.of(MailboxState.READY) : EnumSet.of(MailboxState.READY, MailboxState.NOT_READY);
        return MailboxFilter.all().withStates(states).withDepartment(department.getValue()).withDatabase(database.getValue());
    }

    private void updatePreview() {
        if (upload.isVisible()) {
            return;
        }
        if (method == MigrationMethod.CUTOVER) {
            preview.setText(getTranslation("batches.cutover-preview"));
            return;
        }
        int count = mailboxes.count(filter());
        int limit = BatchRules.limit(method);
        if (limit > 0 && count > limit) {
            var names = BatchRules.splitNames(name.getValue().isBlank() ? "Batch" : name.getValue(), count, limit);
            preview.setText(getTranslation("batches.preview-split", count, limit, String.join(", ", names)));
            split.setValue(true);
        } else {
            preview.setText(getTranslation("batches.preview", count));
        }
    }

    /** The name and the planned window, each said at its field at once; true when both are fine. */
    private boolean datesAndNameValid(BatchDraft draft) {
        boolean nameFine = FieldProblem.show(name, BatchRules.nameProblem(draft.name()).orElse(null), getLocale());
        return FieldProblem.show(plannedEnd, BatchRules.windowProblem(draft).orElse(null), getLocale()) && nameFine;
    }

    private void create() {
        problem.setVisible(false);
        result.removeAll();
        var draft = new BatchDraft(name.getValue(), startMode.getValue(), planned.getValue(), endpoint.name(), notes.getValue(),
                plannedEnd.getValue());
        if (!datesAndNameValid(draft)) {
            return;
        }
        try {
            BatchCreation creation;
            if (upload.isVisible()) {
                if (csv == null) {
                    showProblem(getTranslation("batches.csv-missing"));
                    return;
                }
                creation = batches.createFromCsv(draft, csvName, csv);
            } else {
                creation = batches.create(draft, BulkTarget.matching(filter()), split.getValue());
            }
            showResult(creation);
            onCreated.run();
            create.setEnabled(false);
        } catch (CsvRefusedException refused) {
            showProblem(Message.of(refused).in(getLocale()));
            result.add(new CsvProblems(refused)); // every problem, by line and column
        } catch (BatchRefused refused) {
            showProblem(Message.of(refused).in(getLocale()));
        }
    }

    private void showResult(BatchCreation creation) {
        var names = creation.batches().stream().map(MigrationBatch::getName).toList();
        var summary = new Paragraph(getTranslation("batches.created", String.join(", ", names), creation.mailboxes()));
        summary.setId("batch-created");
        summary.addClassName("import-success");
        result.add(summary);
        creation.warnings().forEach(warning -> result.add(new Paragraph(warning.in(getLocale()))));
        if (!creation.unknownAddresses().isEmpty()) {
            result.add(new Paragraph(getTranslation("batches.unknown", String.join(", ", creation.unknownAddresses()))));
        }
        if (!creation.refusals().isEmpty()) {
            // each reason in the reader's language (it was the message's raw form before)
            result.add(new Paragraph(getTranslation("batches.not-joined", creation.refusals().size())),
                    new RefusedRows(creation.refusals(), creation.joined().getFirst().operationId()));
        }
    }

    private void showProblem(String message) {
        problem.setText(message);
        problem.setVisible(true);
    }

    List<String> previewText() {
        return List.of(preview.getText());
    }
}
