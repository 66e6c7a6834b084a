package org.migrationtracker.mailbox.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import org.migrationtracker.mailbox.BulkAction;
import org.migrationtracker.mailbox.MailboxState;

import java.util.function.Consumer;

/** Asks for the state the selected mailboxes move to, and the note a failure or a skip needs. */
class MoveToStateDialog extends Dialog {

    MoveToStateDialog(Consumer<BulkAction.MoveTo> move) {
        setHeaderTitle(getTranslation("bulk.move"));
        var state = new ComboBox<MailboxState>(getTranslation("mailbox.move-to"));
        state.setItems(MailboxState.values());
        state.setItemLabelGenerator(s -> getTranslation("state." + s.name()));
        var note = new TextField(getTranslation("mailbox.note"));
        note.setHelperText(getTranslation("mailbox.note.help"));
        var go = new Button(getTranslation("mailbox.move"), click -> {
            if (state.getValue() != null) {
                close();
                move.accept(new BulkAction.MoveTo(state.getValue(), note.getValue()));
            }
        });
        go.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new VerticalLayout(state, note));
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), go);
    }
}
