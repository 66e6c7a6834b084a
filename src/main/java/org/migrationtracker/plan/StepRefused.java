package org.migrationtracker.plan;

import org.migrationtracker.i18n.Message;
import org.migrationtracker.i18n.Refused;

import java.util.List;
import java.util.Map;

/** A step change a rule refuses, with every reason; nothing was saved. */
public class StepRefused extends Refused {

    private final List<Message> reasons;
    private final Map<StepField, Message> atFields;

    public StepRefused(Step step, List<Message> reasons) {
        this(step, reasons, Map.of());
    }

    /** @param atFields which value a reason is about, for a form to show it at that field */
    public StepRefused(Step step, List<Message> reasons, Map<StepField, Message> atFields) {
        super(Message.of("plan.not-saved", Message.of(step.messageKey()), reasons));
        this.reasons = List.copyOf(reasons);
        this.atFields = Map.copyOf(atFields);
    }

    public List<Message> reasons() {
        return reasons;
    }

    public Map<StepField, Message> atFields() {
        return atFields;
    }
}
