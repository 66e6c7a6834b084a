package org.migrationtracker.mailbox.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import org.migrationtracker.mailbox.BulkAction;
import org.migrationtracker.mailbox.Lifecycle;
import org.migrationtracker.mailbox.MailboxState;

import java.util.Map;
import java.util.function.Consumer;

/**
 * Asks for the state the mailboxes move to, and the note a failure or a skip needs. Only the states the lifecycle
 * allows for at least one of them are offered, each with how many may take it ("Syncing (12 of 40)"): the others
 * are refused, and listed with the reason, when the move runs.
 */
class MoveToStateDialog extends Dialog {

    final ComboBox<MailboxState> state = new ComboBox<>();
    final TextField note = new TextField();
    final Button go = new Button();

    /** @param byState how many of the mailboxes are in each state */
    MoveToStateDialog(Map<MailboxState, Integer> byState, Consumer<BulkAction.MoveTo> move) {
        setHeaderTitle(getTranslation("bulk.move"));
        int total = byState.values().stream().mapToInt(Integer::intValue).sum();
        var reachable = Lifecycle.reachableByHand(byState);
        state.setLabel(getTranslation("mailbox.move-to"));
        state.setItems(reachable.keySet());
        state.setItemLabelGenerator(s -> reachable.get(s) == total ? getTranslation("state." + s.name())
                : getTranslation("grid.move-state-some", getTranslation("state." + s.name()), reachable.get(s), total));
        note.setLabel(getTranslation("mailbox.note"));
        note.setHelperText(getTranslation("mailbox.note.help"));
        go.setText(getTranslation("mailbox.move"));
        go.addClickListener(click -> {
            if (state.getValue() != null) {
                close();
                move.accept(new BulkAction.MoveTo(state.getValue(), note.getValue()));
            }
        });
        go.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var content = new VerticalLayout(state, note);
        if (reachable.isEmpty()) {
            content.addComponentAsFirst(new Paragraph(getTranslation("grid.move-none")));
            state.setEnabled(false);
            go.setEnabled(false);
        }
        add(content);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), go);
    }
}
