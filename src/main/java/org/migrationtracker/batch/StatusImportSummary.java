package org.migrationtracker.batch;

import org.migrationtracker.csv.ImportedFile;
import org.migrationtracker.i18n.Message;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** What a status import recorded, and what it could not place. */
public record StatusImportSummary(String fileName, String export, int rows, int mailboxesChanged, int mailboxesUnchanged,
                                  int batchesChanged, int batchesUnchanged, List<String> unknownIdentities,
                                  Map<String, Integer> unknownStatuses, List<NotApplied> notApplied, List<Message> notes) implements ImportedFile {

    /** How many rows are listed one by one in the summary's words (the API lists them all). */
    static final int LISTED = 20;

    /**
     * A row not applied because it does not speak for the mailbox's batch in the tracker.
     *
     * @param joinable the mailbox is in no batch and the batch the row names can take it: the row can be applied to it on
     *                 request
     */
    public record NotApplied(int line, String identity, String namedBatch, Message reason, boolean joinable) {
    }

    public StatusImportSummary {
        notApplied = List.copyOf(notApplied);
        unknownIdentities = List.copyOf(unknownIdentities);
        unknownStatuses = Map.copyOf(unknownStatuses);
        notes = List.copyOf(notes);
    }

    public boolean changedNothing() {
        return mailboxesChanged == 0 && batchesChanged == 0;
    }

    public List<Message> describe() {
        var lines = new ArrayList<Message>();
        lines.add(!changedNothing() ? Message.of("status.summary.changed", fileName, export, rows, mailboxesChanged, batchesChanged)
                : notApplied.isEmpty() ? Message.of("status.summary.unchanged", fileName, export, rows)
                : Message.of("status.summary.nothing-applied", fileName, export, rows));
        if (!unknownIdentities.isEmpty()) {
            lines.add(Message.of("permissions.summary.unknown", unknownIdentities.size(),
                    String.join(", ", unknownIdentities.subList(0, Math.min(20, unknownIdentities.size())))
                            + (unknownIdentities.size() > 20 ? ", ..." : "")));
        }
        if (!notApplied.isEmpty()) {
            lines.add(Message.of("status.summary.not-applied", notApplied.size()));
            notApplied.stream().limit(LISTED).forEach(row ->
                    lines.add(Message.of("status.summary.not-applied-row", row.line(), row.identity(), row.reason())));
            if (notApplied.size() > LISTED) {
                lines.add(Message.of("status.summary.not-applied-more", notApplied.size() - LISTED));
            }
            long joinable = notApplied.stream().filter(NotApplied::joinable).count();
            if (joinable > 0) {
                lines.add(Message.of("status.summary.can-join", joinable));
            }
        }
        if (!unknownStatuses.isEmpty()) {
            lines.add(Message.of("status.summary.undocumented", unknownStatuses.entrySet().stream()
                    .sorted(Map.Entry.comparingByKey())
                    .map(status -> Message.of("status.summary.undocumented-status", status.getKey(), status.getValue()))
                    .toList()));
        }
        lines.addAll(notes);
        return lines;
    }
}
