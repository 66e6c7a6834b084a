package org.migrationtracker.mailbox.ui;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import org.migrationtracker.i18n.Message;

/**
 * Asks before an action runs on every mailbox matching the filter: it says how many and what changes, and
 * nothing changes until it is confirmed. A selection the admin ticked row by row needs no second question.
 */
class BulkConfirmation extends ConfirmDialog {

    BulkConfirmation(Message action, int matching, Runnable confirmed) {
        setHeader(getTranslation("grid.confirm.title", matching));
        setText(getTranslation("grid.confirm.text", action.in(getLocale()), matching));
        setCancelable(true);
        setCancelText(getTranslation("action.cancel"));
        setConfirmText(getTranslation("grid.confirm.apply", matching));
        addConfirmListener(event -> confirmed.run());
    }
}
