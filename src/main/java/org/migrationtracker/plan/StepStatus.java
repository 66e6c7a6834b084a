package org.migrationtracker.plan;

/** Where a checklist step stands (DOMAIN.md §3). */
public enum StepStatus {
    OPEN,
    IN_PROGRESS,
    DONE,
    NOT_APPLICABLE;

    /** The key of the status in the translations. */
    public String messageKey() {
        return "plan.status." + name();
    }
}
