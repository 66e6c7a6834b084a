package org.migrationtracker.mailbox;

import org.migrationtracker.csv.ImportedFile;
import org.migrationtracker.i18n.Message;

import java.util.ArrayList;
import java.util.List;

/** What a permission import found for the migration admin and what it recorded. */
public record PermissionImportSummary(String fileName, int rows, int rowsForMigrationAdmin, BulkResult fullAccess,
                                      BulkResult writeProperty, List<String> receiveAsDatabases,
                                      List<String> unknownIdentities, List<Message> notes) implements ImportedFile {

    public PermissionImportSummary {
        receiveAsDatabases = List.copyOf(receiveAsDatabases);
        unknownIdentities = List.copyOf(unknownIdentities);
        notes = List.copyOf(notes);
    }

    public List<Message> describe() {
        var lines = new ArrayList<Message>();
        lines.add(Message.of("permissions.summary.rows", fileName, rows, rowsForMigrationAdmin));
        lines.add(Message.of("permissions.summary.full-access", fullAccess.changed(), fullAccess.unchanged()));
        lines.add(Message.of("permissions.summary.write-property", writeProperty.changed(), writeProperty.unchanged()));
        lines.add(receiveAsDatabases.isEmpty() ? Message.of("permissions.summary.receive-as-none")
                : Message.of("permissions.summary.receive-as", String.join(", ", receiveAsDatabases)));
        if (!unknownIdentities.isEmpty()) {
            lines.add(Message.of("permissions.summary.unknown", unknownIdentities.size(),
                    String.join(", ", unknownIdentities.subList(0, Math.min(20, unknownIdentities.size())))
                            + (unknownIdentities.size() > 20 ? ", ..." : "")));
        }
        lines.add(Message.of("permissions.summary.grants-only"));
        return lines;
    }
}
