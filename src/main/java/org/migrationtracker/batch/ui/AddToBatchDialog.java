package org.migrationtracker.batch.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import org.migrationtracker.batch.BatchAction;
import org.migrationtracker.batch.BatchDraft;
import org.migrationtracker.batch.BatchRefused;
import org.migrationtracker.batch.BatchService;
import org.migrationtracker.batch.StartMode;
import org.migrationtracker.i18n.Message;
import org.migrationtracker.mailbox.BulkResult;
import org.migrationtracker.mailbox.BulkTarget;
import org.migrationtracker.project.MigrationMethod;

import java.util.function.Consumer;

/**
 * Adds the mailboxes chosen in the mailbox grid to a batch that can take more, or to a new one. The batch service
 * applies the batch rules (the size limit, a mailbox in another batch or past joining one); what it refuses is
 * listed afterwards, each with its reason. A cutover project's one batch holds every mailbox already.
 */
class AddToBatchDialog extends Dialog {

    enum Choice { EXISTING, NEW }

    final RadioButtonGroup<Choice> choice = new RadioButtonGroup<>();
    final ComboBox<String> existing = new ComboBox<>();
    final TextField name = new TextField();
    final EndpointChooser endpoint = new EndpointChooser();
    final Paragraph problem = new Paragraph();
    final Button add = new Button();

    private final BatchService batches;
    private final BulkTarget target;
    private final Consumer<BulkResult> done;

    AddToBatchDialog(BatchService batches, MigrationMethod method, BulkTarget target, int count, Consumer<BulkResult> done) {
        this.batches = batches;
        this.target = target;
        this.done = done;
        setHeaderTitle(getTranslation("grid.add-to-batch.title", count));
        setWidth("min(36rem, 96vw)");
        var open = batches.board().stream().filter(b -> b.batch().getStatus().allows(BatchAction.ADD_MAILBOXES))
                .map(b -> b.batch().getName()).toList();
        choice.setItems(Choice.values());
        choice.setItemLabelGenerator(c -> getTranslation(c == Choice.EXISTING ? "grid.add-to-batch.existing" : "grid.add-to-batch.new"));
        choice.setValue(open.isEmpty() ? Choice.NEW : Choice.EXISTING);
        existing.setLabel(getTranslation("mailbox.batch"));
        existing.setItems(open);
        name.setLabel(getTranslation("batch.name"));
        name.setHelperText(getTranslation("batch.name.help"));
        choice.addValueChangeListener(change -> showChoice());
        problem.addClassName("form-problem");
        problem.setVisible(false);
        add.setText(getTranslation("grid.add-to-batch.add", count));
        add.setId("add-to-batch");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(click -> add());
        var content = new VerticalLayout(new Paragraph(getTranslation("grid.add-to-batch.help", count)), choice, existing, name,
                endpoint, problem);
        if (method == MigrationMethod.CUTOVER) {
            content.removeAll();
            content.add(new Paragraph(Message.of("batch.cutover-holds-all").in(getLocale())));
            add.setEnabled(false);
        }
        add(content);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), add);
        showChoice();
    }

    private void showChoice() {
        boolean adding = choice.getValue() == Choice.EXISTING;
        existing.setVisible(adding);
        name.setVisible(!adding);
        endpoint.setVisible(!adding);
    }

    private void add() {
        problem.setVisible(false);
        try {
            BulkResult result;
            if (choice.getValue() == Choice.EXISTING) {
                if (existing.getValue() == null) {
                    showProblem(getTranslation("grid.add-to-batch.choose"));
                    return;
                }
                result = batches.addMailboxes(existing.getValue(), target);
            } else {
                var draft = new BatchDraft(name.getValue(), StartMode.MANUAL, null, endpoint.name(), "");
                result = batches.create(draft, target, false).joined().getFirst();
            }
            close();
            done.accept(result);
        } catch (BatchRefused refused) {
            showProblem(Message.of(refused).in(getLocale()));
        }
    }

    private void showProblem(String message) {
        problem.setText(message);
        problem.setVisible(true);
    }
}
