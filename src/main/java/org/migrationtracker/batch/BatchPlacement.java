package org.migrationtracker.batch;

import org.migrationtracker.i18n.Message;
import org.migrationtracker.mailbox.StatusReport;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A status export speaks for the batch it names: a row is applied only when the mailbox is in that batch in the
 * tracker (or the row names no batch and the mailbox is in one). Other rows are listed with the reason; the admin may
 * choose to apply those naming an existing batch to it, which makes the mailbox a member. Plain Java.
 */
final class BatchPlacement {

    /** One row of the export, resolved to its mailbox. */
    record Placed(int line, String identity, String namedBatch, StatusReport report) {
    }

    /** A batch a row may be applied to. */
    record Target(long id, String name) {
    }

    record Result(List<StatusReport> applied, List<StatusImportSummary.NotApplied> notApplied) {
    }

    private BatchPlacement() {
    }

    /**
     * @param batchOfMailbox the batch each mailbox is in now (absent: none)
     * @param existing       the tracker's batch of a name the export uses, if there is one that can take mailboxes
     * @param join           apply rows naming an existing batch to it instead of listing them
     */
    static Result check(List<Placed> rows, Map<Long, String> batchOfMailbox, Function<String, Optional<Target>> existing,
                        boolean join) {
        var applied = new ArrayList<StatusReport>();
        var notApplied = new ArrayList<StatusImportSummary.NotApplied>();
        var targets = new HashMap<String, Optional<Target>>();
        for (var row : rows) {
            String current = batchOfMailbox.get(row.report().mailboxId());
            String named = row.namedBatch();
            if (current != null && (named.isEmpty() || named.equalsIgnoreCase(current))) {
                applied.add(row.report());
                continue;
            }
            Message reason = current == null
                    ? named.isEmpty() ? Message.of("status.not-applied.no-batch") : Message.of("status.not-applied.no-batch-named", named)
                    : Message.of("status.not-applied.other-batch", named, current);
            var target = named.isEmpty() ? Optional.<Target>empty()
                    : targets.computeIfAbsent(named.toLowerCase(Locale.ROOT), key -> existing.apply(named));
            if (join && target.isPresent()) {
                var report = row.report();
                applied.add(new StatusReport(report.mailboxId(), report.progress(), report.observedState(),
                        target.get().id(), target.get().name()));
                continue;
            }
            notApplied.add(new StatusImportSummary.NotApplied(row.line(), row.identity(), named, reason, target.isPresent()));
        }
        return new Result(applied, notApplied);
    }
}
