package org.migrationtracker.mailbox;

import java.util.List;
import java.util.UUID;

/**
 * What an inventory import did. Mailboxes in the tracker but not in the file are listed (the first
 * {@link #ABSENT_LISTED}), never deleted.
 */
public record ImportSummary(UUID operationId, String fileName, int rows, int added, int updated, int unchanged,
                            int absentCount, List<String> absentFromFile, List<String> notes) {

    public static final int ABSENT_LISTED = 1_000;

    public ImportSummary {
        absentFromFile = List.copyOf(absentFromFile);
        notes = List.copyOf(notes);
    }

    public boolean changedNothing() {
        return added == 0 && updated == 0;
    }

    public String describe() {
        if (changedNothing()) {
            return "No changes: all " + rows + " mailboxes in " + fileName + " are already up to date"
                    + (absentCount > 0 ? "; " + absentCount + " mailbox(es) in the tracker are not in the file" : "");
        }
        return fileName + ": " + added + " added, " + updated + " updated, " + unchanged + " unchanged"
                + (absentCount > 0 ? "; " + absentCount + " mailbox(es) in the tracker are not in the file (kept)" : "");
    }
}
