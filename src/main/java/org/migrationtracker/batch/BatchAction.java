package org.migrationtracker.batch;

import org.migrationtracker.i18n.Message;

/**
 * What people do to a batch in the tracker. Which status allows which action, and where it leads, is
 * {@link BatchStatus#allows} and {@link BatchStatus#after}: the service, the batch dialog and the API all ask there.
 */
public enum BatchAction {
    START("batch.action.start"),
    MARK_SYNCED("batch.action.mark-synced"),
    COMPLETE("batch.action.complete"),
    STOP("batch.action.stop"),
    FAIL("batch.action.mark-failed"),
    REMOVE("batch.action.remove"),
    /** More mailboxes join the batch; its status stays. */
    ADD_MAILBOXES("batch.action.add-mailboxes");

    private final String verbKey;

    BatchAction(String verbKey) {
        this.verbKey = verbKey;
    }

    /** The action as a verb for "Cannot {verb} {batch}". */
    public Message verb() {
        return Message.of(verbKey);
    }
}
