package org.migrationtracker.batch;

import java.util.List;
import java.util.Map;

/** What a status import recorded, and what it could not place. */
public record StatusImportSummary(String fileName, String export, int rows, int mailboxesChanged, int mailboxesUnchanged,
                                  int batchesChanged, int batchesUnchanged, List<String> unknownIdentities,
                                  Map<String, Integer> unknownStatuses, List<String> notes) {

    public StatusImportSummary {
        unknownIdentities = List.copyOf(unknownIdentities);
        unknownStatuses = Map.copyOf(unknownStatuses);
        notes = List.copyOf(notes);
    }

    public boolean changedNothing() {
        return mailboxesChanged == 0 && batchesChanged == 0;
    }

    public List<String> describe() {
        var lines = new java.util.ArrayList<String>();
        lines.add(fileName + " (" + export + "): " + rows + " rows; " + (changedNothing() ? "nothing new, everything was already recorded"
                : mailboxesChanged + " mailbox(es) and " + batchesChanged + " batch(es) updated"));
        if (!unknownIdentities.isEmpty()) {
            lines.add(unknownIdentities.size() + " identit(y/ies) not in the tracker: "
                    + String.join(", ", unknownIdentities.subList(0, Math.min(20, unknownIdentities.size())))
                    + (unknownIdentities.size() > 20 ? ", ..." : ""));
        }
        if (!unknownStatuses.isEmpty()) {
            lines.add("status values Microsoft did not document, kept as written: " + unknownStatuses);
        }
        lines.addAll(notes);
        return lines;
    }
}
