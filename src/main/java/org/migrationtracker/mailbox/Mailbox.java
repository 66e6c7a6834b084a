package org.migrationtracker.mailbox;

import org.jspecify.annotations.Nullable;
import org.migrationtracker.i18n.Message;

import java.time.LocalDate;
import java.util.List;

import static org.migrationtracker.mailbox.MailboxColumns.*;

/**
 * One mailbox to move, as stored, in its parts: what the inventory says, the migration admin's permissions, where it
 * stands in its move, the steps after it, its batch and Microsoft's progress (the model is whereabouts'
 * {@code Employee(id, version, data)}). Immutable: each part is replaced by its one {@code with...} method and the
 * mailbox saved by {@link MailboxWrites}, which checks {@link #version()} so that no one overwrites another's change.
 */
public record Mailbox(long id, long version, InventoryFacts inventory, Permissions permissions, LifecycleState lifecycle,
                      PostMigration postMigration, BatchAssignment batch, MigrationProgress progress, LastChange lastChange) {

    /** A mailbox without a licence is disabled when the 30-day grace period after its creation in the cloud ends. */
    public static final int LICENCE_GRACE_DAYS = 30;

    /** The key people and files know a mailbox by. */
    public String primaryAddress() {
        return inventory.primaryAddress();
    }

    /** Where it stands in its move. */
    public MailboxState state() {
        return lifecycle.state();
    }

    public Readiness.Facts facts() {
        return new Readiness.Facts(inventory.umEnabled(), permissions.fullAccess(), permissions.receiveAsOnDatabase(),
                permissions.writeProperty());
    }

    /** The last day the mailbox works without a licence, once it exists in the cloud. */
    public @Nullable LocalDate licenceDeadline() {
        var created = postMigration.cloudCreatedOn();
        return created == null || !inventory.needsLicence() ? null : created.plusDays(LICENCE_GRACE_DAYS);
    }

    /** Every readiness reason, to be said in the reader's language. */
    public List<Message> readinessMessages() {
        return lifecycle.readinessReasons().stream().map(reason -> reason.message(inventory.databaseName())).toList();
    }

    /** Every readiness reason in English (the API). */
    public List<String> readinessInWords() {
        return readinessMessages().stream().map(Message::english).toList();
    }

    Mailbox withInventory(InventoryFacts newInventory) {
        return new Mailbox(id, version, newInventory, permissions, lifecycle, postMigration, batch, progress, lastChange);
    }

    Mailbox withPermissions(Permissions newPermissions) {
        return new Mailbox(id, version, inventory, newPermissions, lifecycle, postMigration, batch, progress, lastChange);
    }

    Mailbox withLifecycle(LifecycleState newLifecycle) {
        return new Mailbox(id, version, inventory, permissions, newLifecycle, postMigration, batch, progress, lastChange);
    }

    Mailbox withPostMigration(PostMigration newPostMigration) {
        return new Mailbox(id, version, inventory, permissions, lifecycle, newPostMigration, batch, progress, lastChange);
    }

    Mailbox withBatch(BatchAssignment newBatch) {
        return new Mailbox(id, version, inventory, permissions, lifecycle, postMigration, newBatch, progress, lastChange);
    }

    Mailbox withProgress(MigrationProgress newProgress) {
        return new Mailbox(id, version, inventory, permissions, lifecycle, postMigration, batch, newProgress, lastChange);
    }

    /**
     * The one place a stored mailbox is built from its columns (the row mapper comes here); each part reads its own
     * columns, where a column's value of the wrong type for its place does not compile.
     */
    static Mailbox of(MailboxValues v) {
        return new Mailbox(v.get(ID), v.get(VERSION), InventoryFacts.of(v), Permissions.of(v), LifecycleState.of(v),
                PostMigration.of(v), BatchAssignment.of(v), MigrationProgress.of(v), new LastChange(v.get(UPDATED_AT),
                v.get(UPDATED_BY)));
    }
}
