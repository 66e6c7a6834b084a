package org.migrationtracker.plan;

import org.migrationtracker.i18n.Message;
import org.migrationtracker.i18n.Refused;

import java.util.List;

/** A step change a rule refuses, with every reason; nothing was saved. */
public class StepRefused extends Refused {

    private final List<Message> reasons;

    public StepRefused(Step step, List<Message> reasons) {
        super(Message.of("plan.not-saved", Message.of(step.messageKey()), reasons));
        this.reasons = List.copyOf(reasons);
    }

    public List<Message> reasons() {
        return reasons;
    }
}
