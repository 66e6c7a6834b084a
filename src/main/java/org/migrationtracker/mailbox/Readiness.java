package org.migrationtracker.mailbox;

import org.migrationtracker.project.MigrationMethod;

import java.util.ArrayList;
import java.util.List;

/**
 * Whether a mailbox may enter a running batch under the project's method, and every reason it may not.
 * For hybrid the same checks are recorded as warnings: the guidance sets no per-mailbox rule, so they do not block.
 *
 * @param ready   may enter a running batch
 * @param reasons every check that does not hold (warnings when ready is true)
 */
public record Readiness(boolean ready, List<ReadinessReason> reasons) {

    public Readiness {
        reasons = List.copyOf(reasons);
    }

    /** The facts the check reads. */
    public record Facts(boolean umEnabled, boolean fullAccess, boolean receiveAsOnDatabase, boolean writeProperty) {
    }

    public static Readiness of(Facts facts, MigrationMethod method) {
        if (method == MigrationMethod.IMAP) {
            // IMAP moves mail contents with the user's own credentials: none of the admin permissions apply
            return new Readiness(true, List.of());
        }
        var reasons = new ArrayList<ReadinessReason>();
        if (!facts.fullAccess() && !facts.receiveAsOnDatabase()) {
            reasons.add(ReadinessReason.NO_MAILBOX_ACCESS);
        }
        if (facts.umEnabled()) {
            reasons.add(ReadinessReason.UM_STILL_ENABLED);
        }
        if (method != MigrationMethod.CUTOVER && !facts.writeProperty()) {
            // required for staged; hybrid records it as a warning
            reasons.add(ReadinessReason.NO_WRITE_PROPERTY);
        }
        return new Readiness(method == MigrationMethod.HYBRID || reasons.isEmpty(), reasons);
    }
}
