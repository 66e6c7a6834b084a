package org.migrationtracker.security;

import org.migrationtracker.i18n.Conflict;
import org.migrationtracker.i18n.Message;

/** Someone else saved the same record since it was read; nothing was overwritten. */
public class ConcurrentChangeException extends Conflict {

    public ConcurrentChangeException(Message message) {
        super(message);
    }
}
