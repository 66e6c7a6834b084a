package org.migrationtracker.plan;

import org.migrationtracker.i18n.Conflict;
import org.migrationtracker.i18n.Message;

/** Someone else saved the step since it was loaded; nothing was overwritten. */
public class PlanConflict extends Conflict {

    public PlanConflict(Message message) {
        super(message);
    }
}
