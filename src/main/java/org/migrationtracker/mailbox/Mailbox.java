package org.migrationtracker.mailbox;

import org.jspecify.annotations.Nullable;
import org.migrationtracker.i18n.Message;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.migrationtracker.mailbox.MailboxColumns.*;

/**
 * One mailbox to move, as stored. Immutable: changes are made with the {@code with...} methods and saved
 * by {@link MailboxEdits}, which checks {@link #version()} so that no one overwrites another's change.
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
        PreferredLanguage preferredLanguage,
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

    /**
     * The one place a stored mailbox is built from its columns (the row mapper and every {@code with...} come here):
     * a column's value of the wrong type for its place does not compile.
     */
    static Mailbox of(MailboxValues v) {
        return new Mailbox(v.get(ID), v.get(PRIMARY_ADDRESS), v.get(DISPLAY_NAME), v.get(ALIAS), v.get(DEPARTMENT),
                v.get(DATABASE_NAME), v.get(RECIPIENT_TYPE), v.get(SIZE_BYTES), v.get(PROXY_ADDRESSES), v.get(PREFERRED_LANGUAGE),
                v.get(UM_ENABLED), v.get(UM_WAS_ENABLED), v.get(FULL_ACCESS), v.get(RECEIVE_AS), v.get(WRITE_PROPERTY), v.get(STATE),
                v.get(STATE_NOTE), v.get(READY), v.get(READINESS), v.get(CLOUD_CREATED_ON), v.get(LICENCE_ASSIGNED_ON),
                v.get(UM_REENABLED), v.get(OUTLOOK_PROFILE_RECONFIGURED), v.get(MAIL_USER_CONVERTED), v.get(BATCH_ID),
                v.get(BATCH_NAME), new MigrationProgress(v.get(MS_STATUS), v.get(MS_STATUS_DETAIL), v.get(LAST_SUCCESSFUL_SYNC),
                        v.get(ITEMS_SYNCED), v.get(ITEMS_SKIPPED), v.get(PERCENT_COMPLETE), v.get(DATA_CONSISTENCY)),
                v.get(UPDATED_AT), v.get(UPDATED_BY), v.get(VERSION));
    }

    /** This mailbox's values, to change some and build a new one with {@link #of}. */
    private MailboxValues values() {
        return MailboxValues.of(this);
    }

    Mailbox withPermissions(boolean newFullAccess, boolean newReceiveAs, boolean newWriteProperty) {
        return of(values().with(FULL_ACCESS, newFullAccess).with(RECEIVE_AS, newReceiveAs).with(WRITE_PROPERTY, newWriteProperty));
    }

    Mailbox withUmEnabled(boolean enabled) {
        return of(values().with(UM_ENABLED, enabled).with(UM_WAS_ENABLED, umWasEnabled || enabled));
    }

    Mailbox withState(MailboxState newState, String note) {
        return of(values().with(STATE, newState).with(STATE_NOTE, note));
    }

    Mailbox withPostMigration(@Nullable LocalDate newCloudCreatedOn, @Nullable LocalDate newLicenceAssignedOn,
                              boolean newUmReenabled, boolean newOutlookProfileReconfigured, boolean newMailUserConverted) {
        return of(values().with(CLOUD_CREATED_ON, newCloudCreatedOn).with(LICENCE_ASSIGNED_ON, newLicenceAssignedOn)
                .with(UM_REENABLED, newUmReenabled).with(OUTLOOK_PROFILE_RECONFIGURED, newOutlookProfileReconfigured)
                .with(MAIL_USER_CONVERTED, newMailUserConverted));
    }

    Mailbox withPreferredLanguage(PreferredLanguage language) {
        return of(values().with(PREFERRED_LANGUAGE, language));
    }

    Mailbox withBatch(@Nullable Long newBatchId, @Nullable String newBatchName) {
        return of(values().with(BATCH_ID, newBatchId).with(BATCH_NAME, newBatchName));
    }

    Mailbox withProgress(MigrationProgress p) {
        return of(values().with(MS_STATUS, p.status()).with(MS_STATUS_DETAIL, p.statusDetail())
                .with(LAST_SUCCESSFUL_SYNC, p.lastSuccessfulSync()).with(ITEMS_SYNCED, p.itemsSynced())
                .with(ITEMS_SKIPPED, p.itemsSkipped()).with(PERCENT_COMPLETE, p.percentComplete())
                .with(DATA_CONSISTENCY, p.dataConsistency()));
    }

    /** Readiness recomputed for the method; a mailbox waiting for its move follows it between NOT_READY and READY. */
    Mailbox withReadiness(Readiness readiness) {
        var newState = state.isBeforeMigration() ? (readiness.ready() ? MailboxState.READY : MailboxState.NOT_READY) : state;
        return of(values().with(STATE, newState).with(READY, readiness.ready()).with(READINESS, readiness.reasons()));
    }
}
