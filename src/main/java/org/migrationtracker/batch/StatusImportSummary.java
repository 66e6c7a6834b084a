package org.migrationtracker.batch;

import org.migrationtracker.i18n.Message;

import java.util.List;
import java.util.Map;

/** What a status import recorded, and what it could not place. */
public record StatusImportSummary(String fileName, String export, int rows, int mailboxesChanged, int mailboxesUnchanged,
                                  int batchesChanged, int batchesUnchanged, List<String> unknownIdentities,
                                  Map<String, Integer> unknownStatuses, List<Message> notes) {

    public StatusImportSummary {
        unknownIdentities = List.copyOf(unknownIdentities);
        unknownStatuses = Map.copyOf(unknownStatuses);
        notes = List.copyOf(notes);
    }

    public boolean changedNothing() {
        return mailboxesChanged == 0 && batchesChanged == 0;
    }

    public List<Message> describe() {
        var lines = new java.util.ArrayList<Message>();
        lines.add(changedNothing() ? Message.of("status.summary.unchanged", fileName, export, rows)
                : Message.of("status.summary.changed", fileName, export, rows, mailboxesChanged, batchesChanged));
        if (!unknownIdentities.isEmpty()) {
            lines.add(Message.of("permissions.summary.unknown", unknownIdentities.size(),
                    String.join(", ", unknownIdentities.subList(0, Math.min(20, unknownIdentities.size())))
                            + (unknownIdentities.size() > 20 ? ", ..." : "")));
        }
        if (!unknownStatuses.isEmpty()) {
            lines.add(Message.of("status.summary.undocumented", unknownStatuses.toString()));
        }
        lines.addAll(notes);
        return lines;
    }
}
