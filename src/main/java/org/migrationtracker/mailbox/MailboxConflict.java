package org.migrationtracker.mailbox;

import org.migrationtracker.i18n.Conflict;
import org.migrationtracker.i18n.Message;
import org.springframework.modulith.NamedInterface;

/** Someone else saved the mailbox since it was loaded; nothing was overwritten. */
@NamedInterface(name = "edits", propagate = true)
public class MailboxConflict extends Conflict {

    public MailboxConflict(Message message) {
        super(message);
    }
}
