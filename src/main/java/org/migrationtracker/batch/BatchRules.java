package org.migrationtracker.batch;

import org.migrationtracker.i18n.Message;
import org.migrationtracker.project.MigrationMethod;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** The Exchange admin center's rules for batches, in plain Java. */
public final class BatchRules {

    /** A staged batch (one CSV file) holds at most this many mailboxes; so does the one cutover batch. */
    public static final int MAX_MAILBOXES = 2_000;
    /** Above this many mailboxes Microsoft recommends against a cutover migration. */
    public static final int CUTOVER_RECOMMENDED = 150;
    private static final Pattern NAME = Pattern.compile("^[A-Za-z0-9]{1,64}$");

    private BatchRules() {
    }

    /** @return why the planned window is not one (its end before its start), or empty */
    public static Optional<Message> windowProblem(BatchDraft draft) {
        return draft.plannedStart() != null && draft.plannedEnd() != null && draft.plannedEnd().isBefore(draft.plannedStart())
                ? Optional.of(Message.of("batch.planned-end-before-start", draft.plannedEnd(), draft.plannedStart()))
                : Optional.empty();
    }

    /** @return why the name is not allowed, or empty */
    public static Optional<Message> nameProblem(String name) {
        if (name.isBlank()) {
            return Optional.of(Message.of("batch.rule.name-needed"));
        }
        if (!NAME.matcher(name).matches()) {
            return Optional.of(Message.of("batch.rule.bad-name", name));
        }
        return Optional.empty();
    }

    /** The most mailboxes one batch may hold under the method, or -1 for no limit. */
    public static int limit(MigrationMethod method) {
        return method == MigrationMethod.STAGED || method == MigrationMethod.CUTOVER ? MAX_MAILBOXES : -1;
    }

    /**
     * How many more mailboxes a batch of the method holding {@code current} can take ({@link #limit}). A status
     * export may place a mailbox created after the cutover batch in it, up to the same 2,000: Microsoft's one cutover
     * batch takes late mailboxes too, while an admin cannot add any (the batch was created with all of them).
     */
    public static int room(MigrationMethod method, int current) {
        int limit = limit(method);
        return limit < 0 ? Integer.MAX_VALUE : Math.max(0, limit - current);
    }

    /** @return why this many mailboxes do not fit one batch, or empty */
    public static Optional<Message> sizeProblem(MigrationMethod method, int mailboxes) {
        int limit = limit(method);
        if (limit > 0 && mailboxes > limit) {
            return Optional.of(Message.of(method == MigrationMethod.STAGED ? "batch.rule.too-big-staged" : "batch.rule.too-big-cutover",
                    limit, mailboxes));
        }
        return Optional.empty();
    }

    /**
     * Why a batch of the method may not start with the project's directory synchronisation and single sign-on: a
     * cutover fails with directory synchronisation on (001) and neither it nor single sign-on can be deployed before a
     * cutover (004); staged and hybrid migrations need directory synchronisation (002, 004).
     */
    public static List<Message> startProblems(MigrationMethod method, boolean directorySync, boolean singleSignOn) {
        var problems = new ArrayList<Message>();
        if (method == MigrationMethod.CUTOVER && directorySync) {
            problems.add(Message.of("batch.rule.cutover-dirsync"));
        }
        if (method == MigrationMethod.CUTOVER && singleSignOn) {
            problems.add(Message.of("batch.rule.cutover-sso"));
        }
        if ((method == MigrationMethod.STAGED || method == MigrationMethod.HYBRID) && !directorySync) {
            problems.add(Message.of(method == MigrationMethod.STAGED ? "batch.rule.staged-needs-dirsync" : "batch.rule.hybrid-needs-dirsync"));
        }
        return problems;
    }

    /** Warnings that do not block (e.g. cutover above 150 mailboxes). */
    public static List<Message> warnings(MigrationMethod method, int mailboxes) {
        var warnings = new ArrayList<Message>();
        if (method == MigrationMethod.CUTOVER && mailboxes > CUTOVER_RECOMMENDED) {
            warnings.add(Message.of("batch.rule.cutover-large", mailboxes));
        }
        return warnings;
    }

    /**
     * Names for the batches a group of mailboxes is split into: "Finance" with 4,500 staged mailboxes gives
     * Finance1, Finance2, Finance3.
     */
    public static List<String> splitNames(String baseName, int mailboxes, int limit) {
        int parts = Math.max(1, (mailboxes + limit - 1) / limit);
        String base = baseName.replaceAll("\\d+$", "");
        var names = new ArrayList<String>();
        for (int i = 1; i <= parts; i++) {
            names.add((base.isEmpty() ? "Batch" : base) + i);
        }
        return names;
    }
}
