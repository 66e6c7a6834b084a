package org.migrationtracker.mailbox;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Mailboxes for rule tests, built by name: every value not named is the plain default of a user mailbox that nothing
 * has happened to yet (no permissions, not ready, in no batch, nothing from Microsoft).
 */
public final class MailboxBuilder {

    private long id = 1;
    private long version;
    private final String primaryAddress;
    private String displayName = "";
    private String alias = "";
    private String department = "";
    private String databaseName = "DB01";
    private RecipientType recipientType = RecipientType.USER;
    private @Nullable Long sizeBytes;
    private List<String> proxyAddresses = List.of();
    private PreferredLanguage preferredLanguage = PreferredLanguage.NONE;
    private boolean umEnabled;
    private boolean umWasEnabled;
    private boolean fullAccess;
    private boolean receiveAsOnDatabase;
    private boolean writeProperty;
    private MailboxState state = MailboxState.NOT_READY;
    private String stateNote = "";
    private boolean ready;
    private List<ReadinessReason> readinessReasons = List.of();
    private @Nullable LocalDate cloudCreatedOn;
    private @Nullable LocalDate licenceAssignedOn;
    private boolean umReenabled;
    private boolean outlookProfileReconfigured;
    private boolean mailUserConverted;
    private BatchAssignment batch = BatchAssignment.NONE;
    private MigrationProgress progress = MigrationProgress.NONE;
    private LastChange lastChange = new LastChange(Instant.EPOCH, "test");

    private MailboxBuilder(String primaryAddress) {
        this.primaryAddress = primaryAddress;
        this.alias = primaryAddress.substring(0, Math.max(0, primaryAddress.indexOf('@')));
    }

    public static MailboxBuilder mailbox(String primaryAddress) {
        return new MailboxBuilder(primaryAddress);
    }

    /** Pilar, a user mailbox in Finance on DB01 with FullAccess and WriteProperty recorded: ready to move. */
    public static MailboxBuilder pilar() {
        return mailbox("pilarp@contoso.com").displayName("Pilar Pinilla").department("Finance").sizeBytes(1_000L)
                .fullAccess(true).writeProperty(true).ready(true).state(MailboxState.READY);
    }

    public MailboxBuilder id(long value) {
        id = value;
        return this;
    }

    public MailboxBuilder version(long value) {
        version = value;
        return this;
    }

    public MailboxBuilder displayName(String value) {
        displayName = value;
        return this;
    }

    public MailboxBuilder alias(String value) {
        alias = value;
        return this;
    }

    public MailboxBuilder department(String value) {
        department = value;
        return this;
    }

    public MailboxBuilder database(String value) {
        databaseName = value;
        return this;
    }

    public MailboxBuilder type(RecipientType value) {
        recipientType = value;
        return this;
    }

    public MailboxBuilder sizeBytes(@Nullable Long value) {
        sizeBytes = value;
        return this;
    }

    public MailboxBuilder proxyAddresses(String... values) {
        proxyAddresses = List.of(values);
        return this;
    }

    public MailboxBuilder language(PreferredLanguage value) {
        preferredLanguage = value;
        return this;
    }

    public MailboxBuilder umEnabled(boolean value) {
        umEnabled = value;
        return this;
    }

    public MailboxBuilder umWasEnabled(boolean value) {
        umWasEnabled = value;
        return this;
    }

    public MailboxBuilder fullAccess(boolean value) {
        fullAccess = value;
        return this;
    }

    public MailboxBuilder receiveAsOnDatabase(boolean value) {
        receiveAsOnDatabase = value;
        return this;
    }

    public MailboxBuilder writeProperty(boolean value) {
        writeProperty = value;
        return this;
    }

    public MailboxBuilder state(MailboxState value) {
        state = value;
        return this;
    }

    public MailboxBuilder stateNote(String value) {
        stateNote = value;
        return this;
    }

    public MailboxBuilder ready(boolean value) {
        ready = value;
        return this;
    }

    public MailboxBuilder readinessReasons(ReadinessReason... values) {
        readinessReasons = List.of(values);
        return this;
    }

    public MailboxBuilder cloudCreatedOn(@Nullable LocalDate value) {
        cloudCreatedOn = value;
        return this;
    }

    public MailboxBuilder licenceAssignedOn(@Nullable LocalDate value) {
        licenceAssignedOn = value;
        return this;
    }

    public MailboxBuilder umReenabled(boolean value) {
        umReenabled = value;
        return this;
    }

    public MailboxBuilder outlookProfileReconfigured(boolean value) {
        outlookProfileReconfigured = value;
        return this;
    }

    public MailboxBuilder mailUserConverted(boolean value) {
        mailUserConverted = value;
        return this;
    }

    public MailboxBuilder batch(long batchId, String batchName) {
        batch = new BatchAssignment(batchId, batchName);
        return this;
    }

    public MailboxBuilder progress(MigrationProgress value) {
        progress = value;
        return this;
    }

    public MailboxBuilder lastChange(Instant at, String by) {
        lastChange = new LastChange(at, by);
        return this;
    }

    public Mailbox build() {
        return new Mailbox(id, version,
                new InventoryFacts(primaryAddress, displayName, alias, department, databaseName, recipientType, sizeBytes,
                        proxyAddresses, preferredLanguage, umEnabled, umWasEnabled),
                new Permissions(fullAccess, receiveAsOnDatabase, writeProperty),
                new LifecycleState(state, stateNote, ready, readinessReasons),
                new PostMigration(cloudCreatedOn, licenceAssignedOn, umReenabled, outlookProfileReconfigured, mailUserConverted),
                batch, progress, lastChange);
    }
}
