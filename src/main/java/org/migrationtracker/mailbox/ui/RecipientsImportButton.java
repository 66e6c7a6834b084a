package org.migrationtracker.mailbox.ui;

import com.vaadin.flow.component.button.Button;
import org.migrationtracker.base.ui.CsvUploadDialog;
import org.migrationtracker.mailbox.RecipientImportService;

/**
 * "Import recipients (mail users)": after the conversion script ran on-premises, the recipients export records which
 * completed mailboxes are mail users now, and lists what does not add up.
 */
class RecipientsImportButton extends Button {

    RecipientsImportButton(RecipientImportService recipients, Runnable afterImport) {
        setText(getTranslation("mailboxes.import-recipients"));
        setId("import-recipients");
        addClickListener(click -> new CsvUploadDialog(getTranslation("mailboxes.import-recipients"),
                getTranslation("import.recipients.help"), (name, bytes) -> recipients.importRecipients(name, bytes).describe(),
                afterImport).open());
    }
}
