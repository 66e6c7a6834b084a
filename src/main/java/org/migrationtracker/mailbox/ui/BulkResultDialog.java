package org.migrationtracker.mailbox.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import org.migrationtracker.mailbox.BulkResult;

/** The summary of a bulk action: N changed, M refused and why, the refusals downloadable as CSV. */
class BulkResultDialog extends Dialog {

    BulkResultDialog(BulkResult result) {
        setHeaderTitle(getTranslation("bulk.result.title"));
        setWidth("min(48rem, 95vw)");
        var summary = new Paragraph(result.summary().in(getLocale()));
        summary.setId("bulk-summary");
        add(summary);
        if (!result.refusals().isEmpty()) {
            add(new Paragraph(getTranslation("grid.refused-intro", result.refusals().size())),
                    new RefusedRows(result.refusals(), result.operationId()));
        }
        getFooter().add(new Button(getTranslation("action.close"), click -> close()));
    }
}
