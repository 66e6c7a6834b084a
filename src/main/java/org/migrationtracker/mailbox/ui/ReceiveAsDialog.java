package org.migrationtracker.mailbox.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.migrationtracker.mailbox.BulkResult;
import org.migrationtracker.mailbox.MailboxEdits;
import org.migrationtracker.mailbox.MailboxSearch;

import java.util.function.Consumer;

/** Records Receive As on a mailbox database, which holds for every mailbox in it; shows whether it is recorded. */
class ReceiveAsDialog extends Dialog {

    ReceiveAsDialog(MailboxSearch mailboxes, MailboxEdits edits, Consumer<BulkResult> done) {
        setHeaderTitle(getTranslation("mailboxes.receive-as"));
        var db = new ComboBox<String>(getTranslation("mailbox.database"));
        db.setItems(mailboxes.databases());
        var status = new Span();
        db.addValueChangeListener(change -> status.setText(change.getValue() == null ? ""
                : getTranslation(mailboxes.receiveAs(change.getValue()) ? "receive-as.granted" : "receive-as.missing")));
        Consumer<Boolean> record = granted -> {
            if (db.getValue() != null) {
                close();
                done.accept(edits.setReceiveAs(db.getValue(), granted));
            }
        };
        var grant = new Button(getTranslation("receive-as.grant"), click -> record.accept(true));
        grant.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var revoke = new Button(getTranslation("receive-as.revoke"), click -> record.accept(false));
        add(new VerticalLayout(new Span(getTranslation("receive-as.help")), db, status));
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), revoke, grant);
    }
}
