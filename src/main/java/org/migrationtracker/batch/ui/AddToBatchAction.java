package org.migrationtracker.batch.ui;

import org.migrationtracker.batch.BatchService;
import org.migrationtracker.mailbox.BulkResult;
import org.migrationtracker.mailbox.BulkTarget;
import org.migrationtracker.mailbox.ui.MailboxSelectionAction;
import org.migrationtracker.project.ProjectService;
import org.springframework.stereotype.Component;

import java.util.function.Consumer;

/** "Add to batch" in the mailbox grid's bulk menu (for the selected mailboxes or all matching the filter). */
@Component
class AddToBatchAction implements MailboxSelectionAction {

    private final BatchService batches;
    private final ProjectService project;

    AddToBatchAction(BatchService batches, ProjectService project) {
        this.batches = batches;
        this.project = project;
    }

    @Override
    public String labelKey() {
        return "grid.add-to-batch";
    }

    @Override
    public void open(BulkTarget target, int count, Consumer<BulkResult> done) {
        new AddToBatchDialog(batches, project.method(), target, count, done).open();
    }
}
