package org.migrationtracker.mailbox;

import org.migrationtracker.csv.ImportedFile;
import org.migrationtracker.i18n.Message;

import java.util.List;
import java.util.UUID;

/**
 * What an inventory import did. Mailboxes in the tracker but not in the file are listed (the first
 * {@link #ABSENT_LISTED}), never deleted.
 */
public record ImportSummary(UUID operationId, String fileName, int rows, int added, int updated, int unchanged,
                            int absentCount, List<String> absentFromFile, List<Message> notes) implements ImportedFile {

    public static final int ABSENT_LISTED = 1_000;

    public ImportSummary {
        absentFromFile = List.copyOf(absentFromFile);
        notes = List.copyOf(notes);
    }

    public boolean changedNothing() {
        return added == 0 && updated == 0;
    }

    public Message describe() {
        if (changedNothing()) {
            return absentCount > 0 ? Message.of("import.summary.unchanged-absent", rows, fileName, absentCount)
                    : Message.of("import.summary.unchanged", rows, fileName);
        }
        return absentCount > 0 ? Message.of("import.summary.changed-absent", fileName, added, updated, unchanged, absentCount)
                : Message.of("import.summary.changed", fileName, added, updated, unchanged);
    }
}
