package org.migrationtracker.mailbox;

import org.migrationtracker.i18n.Message;

import java.util.Optional;

/** Why a mailbox may not yet enter a running batch. */
public enum ReadinessReason {
    UM_STILL_ENABLED,
    NO_MAILBOX_ACCESS,
    NO_WRITE_PROPERTY;

    /** The key of the reason in the screens' translations; its argument is the mailbox database. */
    public String messageKey() {
        return "reason." + name();
    }

    /** The key of the reason said of many mailboxes at once (filters, the dashboard); no argument. */
    public String groupMessageKey() {
        return "reason.any." + name();
    }

    /** The reason for this mailbox, in its database's words. */
    public Message message(String databaseName) {
        if (this == NO_MAILBOX_ACCESS && databaseName.isBlank()) {
            return Message.of("reason.no-mailbox-access-no-database");
        }
        return this == NO_MAILBOX_ACCESS ? Message.of(messageKey(), databaseName) : Message.of(messageKey());
    }

    /**
     * The Exchange Management Shell command that removes this reason for one mailbox, for the admin to run on-premises:
     * FullAccess on the mailbox, WriteProperty on the user's TargetAddress, UM disabled (DOMAIN.md §4).
     *
     * @param address the mailbox's primary address
     * @param admin   the migration administrator's account (DOMAIN\\user or e-mail), or a placeholder the admin replaces
     */
    public String fixCommand(String address, String admin) {
        return switch (this) {
            case NO_MAILBOX_ACCESS -> "Add-MailboxPermission -Identity " + quoted(address) + " -User " + quoted(admin)
                    + " -AccessRights FullAccess -InheritanceType All";
            // Add-ADPermission takes the AD object: piping the mailbox hands it its user account
            case NO_WRITE_PROPERTY -> "Get-Mailbox -Identity " + quoted(address) + " | Add-ADPermission -User " + quoted(admin)
                    + " -AccessRights WriteProperty -Properties TargetAddress";
            case UM_STILL_ENABLED -> "Disable-UMMailbox -Identity " + quoted(address) + " -Confirm:$false";
        };
    }

    /**
     * The command that removes this reason for every mailbox of the database at once, where there is one: Receive As
     * on the mailbox database instead of FullAccess on each mailbox.
     */
    public Optional<String> databaseFixCommand(String databaseName, String admin) {
        if (this != NO_MAILBOX_ACCESS || databaseName.isBlank()) {
            return Optional.empty();
        }
        return Optional.of("Get-MailboxDatabase -Identity " + quoted(databaseName) + " | Add-ADPermission -User " + quoted(admin)
                + " -ExtendedRights Receive-As");
    }

    /** A PowerShell string literal: single quotes take everything literally, a quote inside is doubled. */
    private static String quoted(String value) {
        return "'" + value.replace("'", "''") + "'";
    }
}
