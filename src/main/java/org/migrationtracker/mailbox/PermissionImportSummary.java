package org.migrationtracker.mailbox;

import java.util.List;

/** What a permission import found for the migration admin and what it recorded. */
public record PermissionImportSummary(String fileName, int rows, int rowsForMigrationAdmin, BulkResult fullAccess,
                                      BulkResult writeProperty, List<String> receiveAsDatabases,
                                      List<String> unknownIdentities, List<String> notes) {

    public PermissionImportSummary {
        receiveAsDatabases = List.copyOf(receiveAsDatabases);
        unknownIdentities = List.copyOf(unknownIdentities);
        notes = List.copyOf(notes);
    }

    public List<String> describe() {
        var lines = new java.util.ArrayList<String>();
        lines.add(fileName + ": " + rows + " rows, " + rowsForMigrationAdmin + " for the migration admin");
        lines.add("FullAccess: " + fullAccess.changed() + " mailbox(es) recorded, " + fullAccess.unchanged() + " already recorded");
        lines.add("WriteProperty on TargetAddress: " + writeProperty.changed() + " mailbox(es) recorded, "
                + writeProperty.unchanged() + " already recorded");
        lines.add("Receive As: " + (receiveAsDatabases.isEmpty() ? "no database" : String.join(", ", receiveAsDatabases)));
        if (!unknownIdentities.isEmpty()) {
            lines.add(unknownIdentities.size() + " identit(y/ies) not in the tracker: "
                    + String.join(", ", unknownIdentities.subList(0, Math.min(20, unknownIdentities.size())))
                    + (unknownIdentities.size() > 20 ? ", ..." : ""));
        }
        lines.add("Permissions missing from the file are left as recorded: an export lists grants, not revocations.");
        return lines;
    }
}
