package org.migrationtracker.mailbox;

import static org.migrationtracker.mailbox.MailboxColumns.*;

/**
 * The migration admin's permissions on a mailbox, as recorded: FullAccess on the mailbox, Receive As on its database
 * (either gives access to the contents), and WriteProperty on TargetAddress (staged and hybrid).
 */
public record Permissions(boolean fullAccess, boolean receiveAsOnDatabase, boolean writeProperty) {

    static Permissions of(MailboxValues v) {
        return new Permissions(v.get(FULL_ACCESS), v.get(RECEIVE_AS), v.get(WRITE_PROPERTY));
    }

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
