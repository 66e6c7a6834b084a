package org.migrationtracker.batch;

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

    /** @return why the name is not allowed, or empty */
    public static Optional<String> nameProblem(String name) {
        if (name.isBlank()) {
            return Optional.of("A batch needs a name");
        }
        if (!NAME.matcher(name).matches()) {
            return Optional.of("'" + name + "' is not a valid batch name: use only letters and digits, without spaces or "
                    + "special characters, at most 64 (the Exchange admin center's rule), e.g. 'Finance1'");
        }
        return Optional.empty();
    }

    /** The most mailboxes one batch may hold under the method, or -1 for no limit. */
    public static int limit(MigrationMethod method) {
        return method == MigrationMethod.STAGED || method == MigrationMethod.CUTOVER ? MAX_MAILBOXES : -1;
    }

    /** @return why this many mailboxes do not fit one batch, or empty */
    public static Optional<String> sizeProblem(MigrationMethod method, int mailboxes) {
        int limit = limit(method);
        if (limit > 0 && mailboxes > limit) {
            return Optional.of("A " + method.name().toLowerCase() + " batch holds at most " + String.format("%,d", limit)
                    + " mailboxes; these are " + String.format("%,d", mailboxes)
                    + (method == MigrationMethod.STAGED ? ": split them into numbered batches" : ": use a staged or hybrid migration"));
        }
        return Optional.empty();
    }

    /** Warnings that do not block (e.g. cutover above 150 mailboxes). */
    public static List<String> warnings(MigrationMethod method, int mailboxes) {
        var warnings = new ArrayList<String>();
        if (method == MigrationMethod.CUTOVER && mailboxes > CUTOVER_RECOMMENDED) {
            warnings.add("Microsoft recommends a cutover migration for fewer than 150 mailboxes (older guidance: 1,000); "
                    + "this one has " + String.format("%,d", mailboxes));
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
