package org.migrationtracker.mailbox.ui;

import org.migrationtracker.mailbox.BulkResult;
import org.migrationtracker.mailbox.BulkTarget;
import org.springframework.modulith.NamedInterface;

import java.util.function.Consumer;

/**
 * An action another module offers in the mailbox grid's bulk menu, on the selected mailboxes or all matching the
 * filter (the batch module's "add to batch"): the grid depends on no module that acts on it, the module on the grid.
 */
@NamedInterface("grid")
public interface MailboxSelectionAction {

    /** The menu item's translation key. */
    String labelKey();

    /**
     * Opens the action's own dialog for these mailboxes.
     *
     * @param count how many mailboxes the target names, for the dialog to say
     * @param done  takes what the action did, for the grid to refresh and show its refusals
     */
    void open(BulkTarget target, int count, Consumer<BulkResult> done);
}
