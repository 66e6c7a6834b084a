package org.migrationtracker.mailbox;

/**
 * The migration admin's permissions on a mailbox, as recorded: FullAccess on the mailbox, Receive As on its database
 * (either gives access to the contents), and WriteProperty on TargetAddress (staged and hybrid).
 */
public record Permissions(boolean fullAccess, boolean receiveAsOnDatabase, boolean writeProperty) {

    Permissions withFullAccess(boolean granted) {
        return new Permissions(granted, receiveAsOnDatabase, writeProperty);
    }

    Permissions withReceiveAs(boolean granted) {
        return new Permissions(fullAccess, granted, writeProperty);
    }

    Permissions withWriteProperty(boolean granted) {
        return new Permissions(fullAccess, receiveAsOnDatabase, granted);
    }
}
