package org.migrationtracker.batch;

import org.migrationtracker.i18n.Message;
import org.migrationtracker.mailbox.batches.StatusReport;

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
 * choose to apply those for a mailbox in no batch to the batch they name, which makes the mailbox a member, as long as
 * that batch can take mailboxes and has room (a mailbox in another batch is never moved by an export). Plain Java.
 */
final class BatchPlacement {

    /** One row of the export, resolved to its mailbox. */
    record Placed(int line, String identity, String namedBatch, StatusReport report) {
    }

    /** A batch a row may be applied to, and how many more mailboxes it can take. */
    record Target(long id, String name, int room) {
    }

    record Result(List<StatusReport> applied, List<StatusImportSummary.NotApplied> notApplied) {

        /** How many mailboxes join each batch. */
        Map<Joined, Integer> joined() {
            var joined = new HashMap<Joined, Integer>();
            applied.stream().filter(report -> report.joinBatchId() != null && report.joinBatchName() != null)
                    .forEach(report -> joined.merge(new Joined(report.joinBatchId(), report.joinBatchName()), 1, Integer::sum));
            return joined;
        }
    }

    /** A batch mailboxes joined. */
    record Joined(long batchId, String batchName) {
    }

    private BatchPlacement() {
    }

    /**
     * @param batchOfMailbox the batch each mailbox is in now (absent: none)
     * @param existing       the tracker's batch of a name the export uses, if there is one that can take mailboxes
     * @param join           apply rows for mailboxes in no batch to the batch they name instead of listing them
     */
    static Result check(List<Placed> rows, Map<Long, String> batchOfMailbox, Function<String, Optional<Target>> existing,
                        boolean join) {
        var applied = new ArrayList<StatusReport>();
        var notApplied = new ArrayList<StatusImportSummary.NotApplied>();
        var targets = new HashMap<String, Optional<Target>>();
        var taken = new HashMap<Long, Integer>();
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
            var target = current != null || named.isEmpty() ? Optional.<Target>empty()
                    : targets.computeIfAbsent(named.toLowerCase(Locale.ROOT), key -> existing.apply(named));
            if (target.isPresent() && taken.getOrDefault(target.get().id(), 0) >= target.get().room()) {
                reason = Message.of("status.not-applied.batch-full", target.get().name());
                target = Optional.empty();
            }
            if (join && target.isPresent()) {
                var report = row.report();
                applied.add(new StatusReport(report.mailboxId(), report.progress(), report.observedState(),
                        target.get().id(), target.get().name()));
                taken.merge(target.get().id(), 1, Integer::sum);
                continue;
            }
            if (target.isPresent()) {
                taken.merge(target.get().id(), 1, Integer::sum);
            }
            notApplied.add(new StatusImportSummary.NotApplied(row.line(), row.identity(), named, reason, target.isPresent()));
        }
        return new Result(applied, notApplied);
    }
}
