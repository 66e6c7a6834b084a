package org.migrationtracker.plan;

/** The parts of DOMAIN.md §3, in order. */
public enum Phase {
    PREPARATION,
    MIGRATION,
    MAIL_FLOW,
    AFTER;

    public String messageKey() {
        return "plan.phase." + name();
    }
}
