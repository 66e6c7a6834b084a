package org.migrationtracker.mailbox;

import org.jspecify.annotations.Nullable;
import org.migrationtracker.i18n.Message;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One mailbox to move, as stored. Immutable: changes are made with the {@code with...} methods and saved
 * by {@link MailboxService}, which checks {@link #version()} so that no one overwrites another's change.
 */
public record Mailbox(
        long id,
        String primaryAddress,
        String displayName,
        String alias,
        String department,
        String databaseName,
        RecipientType recipientType,
        @Nullable Long sizeBytes,
        List<String> proxyAddresses,
        boolean umEnabled,
        boolean umWasEnabled,
        boolean fullAccess,
        boolean receiveAsOnDatabase,
        boolean writeProperty,
        MailboxState state,
        String stateNote,
        boolean ready,
        List<ReadinessReason> readinessReasons,
        @Nullable LocalDate cloudCreatedOn,
        @Nullable LocalDate licenceAssignedOn,
        boolean umReenabled,
        boolean outlookProfileReconfigured,
        boolean mailUserConverted,
        @Nullable Long batchId,
        @Nullable String batchName,
        MigrationProgress progress,
        Instant updatedAt,
        String updatedBy,
        long version) {

    /** A mailbox without a licence is disabled when the 30-day grace period after its creation in the cloud ends. */
    public static final int LICENCE_GRACE_DAYS = 30;

    public Mailbox {
        proxyAddresses = List.copyOf(proxyAddresses);
        readinessReasons = List.copyOf(readinessReasons);
    }

    public Readiness.Facts facts() {
        return new Readiness.Facts(umEnabled, fullAccess, receiveAsOnDatabase, writeProperty);
    }

    /**
     * Only user mailboxes need a licence (000: "for each user mailbox you migrate"); shared, room and equipment
     * mailboxes never count as missing one.
     */
    public boolean needsLicence() {
        return recipientType == RecipientType.USER;
    }

    /** The last day the mailbox works without a licence, once it exists in the cloud. */
    public @Nullable LocalDate licenceDeadline() {
        return cloudCreatedOn == null || !needsLicence() ? null : cloudCreatedOn.plusDays(LICENCE_GRACE_DAYS);
    }

    /** The error text of a failure or the reason for skipping; a failure reported without text says so. */
    public Message stateNoteMessage() {
        return state == MailboxState.FAILED && stateNote.isBlank() ? Message.of("status.failed-without-error")
                : Message.plain(stateNote);
    }

    /** Every readiness reason, to be said in the reader's language. */
    public List<Message> readinessMessages() {
        return readinessReasons.stream().map(reason -> reason.message(databaseName)).toList();
    }

    /** Every readiness reason in English (the API). */
    public List<String> readinessInWords() {
        return readinessMessages().stream().map(Message::english).toList();
    }

    Mailbox withPermissions(boolean newFullAccess, boolean newReceiveAs, boolean newWriteProperty) {
        return new Mailbox(id, primaryAddress, displayName, alias, department, databaseName, recipientType, sizeBytes,
                proxyAddresses, umEnabled, umWasEnabled, newFullAccess, newReceiveAs, newWriteProperty, state, stateNote,
                ready, readinessReasons, cloudCreatedOn, licenceAssignedOn, umReenabled, outlookProfileReconfigured,
                mailUserConverted, batchId, batchName, progress, updatedAt, updatedBy, version);
    }

    Mailbox withUmEnabled(boolean enabled) {
        return new Mailbox(id, primaryAddress, displayName, alias, department, databaseName, recipientType, sizeBytes,
                proxyAddresses, enabled, umWasEnabled || enabled, fullAccess, receiveAsOnDatabase, writeProperty, state,
                stateNote, ready, readinessReasons, cloudCreatedOn, licenceAssignedOn, umReenabled,
                outlookProfileReconfigured, mailUserConverted, batchId, batchName, progress, updatedAt, updatedBy, version);
    }

    Mailbox withState(MailboxState newState, String note) {
        return new Mailbox(id, primaryAddress, displayName, alias, department, databaseName, recipientType, sizeBytes,
                proxyAddresses, umEnabled, umWasEnabled, fullAccess, receiveAsOnDatabase, writeProperty, newState, note,
                ready, readinessReasons, cloudCreatedOn, licenceAssignedOn, umReenabled, outlookProfileReconfigured,
                mailUserConverted, batchId, batchName, progress, updatedAt, updatedBy, version);
    }

    Mailbox withPostMigration(@Nullable LocalDate newCloudCreatedOn, @Nullable LocalDate newLicenceAssignedOn,
                              boolean newUmReenabled, boolean newOutlookProfileReconfigured, boolean newMailUserConverted) {
        return new Mailbox(id, primaryAddress, displayName, alias, department, databaseName, recipientType, sizeBytes,
                proxyAddresses, umEnabled, umWasEnabled, fullAccess, receiveAsOnDatabase, writeProperty, state, stateNote,
                ready, readinessReasons, newCloudCreatedOn, newLicenceAssignedOn, newUmReenabled,
                newOutlookProfileReconfigured, newMailUserConverted, batchId, batchName, progress, updatedAt, updatedBy, version);
    }

    Mailbox withBatch(@Nullable Long newBatchId, @Nullable String newBatchName) {
        return new Mailbox(id, primaryAddress, displayName, alias, department, databaseName, recipientType, sizeBytes,
                proxyAddresses, umEnabled, umWasEnabled, fullAccess, receiveAsOnDatabase, writeProperty, state, stateNote,
                ready, readinessReasons, cloudCreatedOn, licenceAssignedOn, umReenabled, outlookProfileReconfigured,
                mailUserConverted, newBatchId, newBatchName, progress, updatedAt, updatedBy, version);
    }

    Mailbox withProgress(MigrationProgress newProgress) {
        return new Mailbox(id, primaryAddress, displayName, alias, department, databaseName, recipientType, sizeBytes,
                proxyAddresses, umEnabled, umWasEnabled, fullAccess, receiveAsOnDatabase, writeProperty, state, stateNote,
                ready, readinessReasons, cloudCreatedOn, licenceAssignedOn, umReenabled, outlookProfileReconfigured,
                mailUserConverted, batchId, batchName, newProgress, updatedAt, updatedBy, version);
    }

    /** Readiness recomputed for the method; a mailbox waiting for its move follows it between NOT_READY and READY. */
    Mailbox withReadiness(Readiness readiness) {
        var newState = state.isBeforeMigration() ? (readiness.ready() ? MailboxState.READY : MailboxState.NOT_READY) : state;
        return new Mailbox(id, primaryAddress, displayName, alias, department, databaseName, recipientType, sizeBytes,
                proxyAddresses, umEnabled, umWasEnabled, fullAccess, receiveAsOnDatabase, writeProperty, newState,
                stateNote, readiness.ready(), readiness.reasons(), cloudCreatedOn, licenceAssignedOn, umReenabled,
                outlookProfileReconfigured, mailUserConverted, batchId, batchName, progress, updatedAt, updatedBy, version);
    }
}
