package org.migrationtracker.mailbox;

import org.migrationtracker.csv.ImportedFile;
import org.migrationtracker.i18n.Message;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * What a cloud user import recorded. Users without a mailbox in the tracker (cloud-only accounts, guests) are
 * counted and the first {@link #UNKNOWN_LISTED} listed; they are not a problem.
 *
 * @param export        which export the file was recognised as
 * @param creationDates whether the file gave creation dates (else the licence deadlines were left as they were)
 * @param licences      whether the file gave the licence state (else the licences were left as recorded)
 */
public record CloudUserImportSummary(UUID operationId, String fileName, String export, int rows, int changed, int unchanged,
                                     boolean creationDates, boolean licences, int unknownCount, List<String> unknownUsers,
                                     List<Message> notes) implements ImportedFile {

    public static final int UNKNOWN_LISTED = 1_000;
    private static final int UNKNOWN_SHOWN = 20;

    public CloudUserImportSummary {
        unknownUsers = List.copyOf(unknownUsers);
        notes = List.copyOf(notes);
    }

    public List<Message> describe() {
        var lines = new ArrayList<Message>();
        lines.add(changed == 0 ? Message.of("cloud-users.summary.unchanged", fileName, export, rows)
                : Message.of("cloud-users.summary.changed", fileName, export, rows, changed, unchanged));
        if (!creationDates) {
            lines.add(Message.of("cloud-users.summary.no-creation-dates"));
        }
        lines.add(licences ? Message.of("cloud-users.summary.licence-today") : Message.of("cloud-users.summary.no-licences"));
        if (unknownCount > 0) {
            var shown = unknownUsers.subList(0, Math.min(UNKNOWN_SHOWN, unknownUsers.size()));
            lines.add(Message.of("cloud-users.summary.unknown", unknownCount,
                    String.join(", ", shown) + (unknownCount > shown.size() ? ", ..." : "")));
        }
        lines.addAll(notes);
        return lines;
    }
}
