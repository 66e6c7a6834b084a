package org.migrationtracker.plan;

import org.migrationtracker.project.MigrationMethod;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.migrationtracker.project.MigrationMethod.CUTOVER;
import static org.migrationtracker.project.MigrationMethod.HYBRID;
import static org.migrationtracker.project.MigrationMethod.IMAP;
import static org.migrationtracker.project.MigrationMethod.STAGED;

/**
 * The project-level steps of DOMAIN.md §3 in the seeds' order: which methods need each, whether the seeds call it
 * optional, the values it carries and what the tracker checks by itself. The declaration order is the checklist's.
 */
public enum Step {
    TELL_USERS(Phase.PREPARATION, all(), none(), Check.NONE),
    VERIFY_DOMAIN(Phase.PREPARATION, all(), none(), Check.NONE, StepField.DOMAIN, StepField.TXT_ADDED_AT),
    OUTLOOK_ANYWHERE(Phase.PREPARATION, EnumSet.of(CUTOVER, STAGED), none(), Check.NONE,
            StepField.EXCHANGE_SERVER, StepField.RPC_PROXY_SERVER, StepField.TRUSTED_CERTIFICATE),
    /** §2: hybrid needs at least one hybrid server (the version depends on the source). */
    HYBRID_SERVER(Phase.PREPARATION, EnumSet.of(HYBRID), none(), Check.NONE),
    TEST_CONNECTIVITY(Phase.PREPARATION, EnumSet.of(CUTOVER, STAGED, HYBRID), EnumSet.of(CUTOVER, STAGED, HYBRID), Check.NONE),
    GRANT_PERMISSIONS(Phase.PREPARATION, EnumSet.of(CUTOVER, STAGED, HYBRID), none(), Check.PERMISSIONS),
    DISABLE_UM(Phase.PREPARATION, EnumSet.of(CUTOVER, STAGED, HYBRID), none(), Check.UM_DISABLED),
    SECURITY_GROUPS(Phase.PREPARATION, EnumSet.of(CUTOVER), none(), Check.NONE),
    DIRSYNC_OFF(Phase.PREPARATION, EnumSet.of(CUTOVER), none(), Check.DIRSYNC_OFF),
    DIRSYNC_USERS(Phase.PREPARATION, EnumSet.of(STAGED, HYBRID), none(), Check.DIRSYNC_ON),
    /** IMAP moves mail contents only: the cloud mailboxes it fills must exist first. */
    CLOUD_USERS(Phase.PREPARATION, EnumSet.of(IMAP), none(), Check.NONE),
    CREATE_ENDPOINT(Phase.PREPARATION, all(), none(), Check.ENDPOINT),
    LOWER_MX_TTL(Phase.PREPARATION, all(), all(), Check.NONE, StepField.MX_TTL_SECONDS),
    MIGRATE_MAILBOXES(Phase.MIGRATION, all(), none(), Check.MAILBOXES_MIGRATED),
    /** 002 orders convert (task 8) before routing mail (9) and removing the batch (10). */
    CONVERT_MAIL_USERS(Phase.MIGRATION, EnumSet.of(STAGED), none(), Check.MAIL_USERS),
    /**
     * Before the MX change, as 001's overview orders it (its step 5, the MX change step 6; DOMAIN.md lists it after
     * the migration): the 30 days run from the cloud user's creation, which with directory synchronisation is before
     * any batch (002).
     */
    ASSIGN_LICENCES(Phase.MIGRATION, all(), none(), Check.LICENCES),
    /** Hybrid: the MX record may keep pointing on-premises (DOMAIN.md §4). */
    MX_SWITCH(Phase.MAIL_FLOW, all(), EnumSet.of(HYBRID), Check.MX_SWITCH, StepField.MX_SWITCHED_AT),
    WAIT_72H(Phase.MAIL_FLOW, all(), EnumSet.of(HYBRID), Check.WAIT_72H),
    REMOVE_BATCHES(Phase.MAIL_FLOW, all(), none(), Check.BATCHES_REMOVABLE),
    AUTODISCOVER(Phase.AFTER, all(), none(), Check.NONE, StepField.AUTODISCOVER_HOST, StepField.AUTODISCOVER_TARGET),
    /** Only worth doing where the TTL was lowered, which is optional. */
    RAISE_MX_TTL(Phase.AFTER, all(), all(), Check.NONE, StepField.MX_TTL_SECONDS),
    WELCOME_LETTER(Phase.AFTER, all(), none(), Check.NONE),
    /** The on-premises Exchange servers: an IMAP source need not be Exchange at all. */
    DECOMMISSION(Phase.AFTER, EnumSet.of(CUTOVER, STAGED, HYBRID), none(), Check.DECOMMISSION);

    /** What the tracker checks by itself for a step, against the mailboxes, batches and settings it holds. */
    public enum Check {
        NONE, PERMISSIONS, UM_DISABLED, DIRSYNC_OFF, DIRSYNC_ON, ENDPOINT, MAILBOXES_MIGRATED, MAIL_USERS, MX_SWITCH,
        WAIT_72H, BATCHES_REMOVABLE, LICENCES, DECOMMISSION
    }

    private final Phase phase;
    private final Set<MigrationMethod> methods;
    private final Set<MigrationMethod> optionalFor;
    private final Check check;
    private final List<StepField> fields;

    Step(Phase phase, Set<MigrationMethod> methods, Set<MigrationMethod> optionalFor, Check check, StepField... fields) {
        this.phase = phase;
        this.methods = Set.copyOf(methods);
        this.optionalFor = Set.copyOf(optionalFor);
        this.check = check;
        this.fields = List.of(fields);
    }

    private static Set<MigrationMethod> all() {
        return EnumSet.allOf(MigrationMethod.class);
    }

    private static Set<MigrationMethod> none() {
        return EnumSet.noneOf(MigrationMethod.class);
    }

    /** The steps a method needs, in the checklist's order. */
    public static List<Step> of(MigrationMethod method) {
        return Arrays.stream(values()).filter(step -> step.appliesTo(method)).toList();
    }

    public boolean appliesTo(MigrationMethod method) {
        return methods.contains(method);
    }

    /** The seeds call the step optional for this method (the MX TTL in both 001 and 002). */
    public boolean optionalFor(MigrationMethod method) {
        return optionalFor.contains(method);
    }

    public Phase phase() {
        return phase;
    }

    public Check check() {
        return check;
    }

    public List<StepField> fields() {
        return fields;
    }

    /** The step's title in the translations; {@code .help} after it says what to do and where the seeds say so. */
    public String messageKey() {
        return "plan.step." + name();
    }
}
