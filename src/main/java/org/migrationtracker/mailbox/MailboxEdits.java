package org.migrationtracker.mailbox;

import org.migrationtracker.i18n.Message;
import org.migrationtracker.i18n.Refused;
import org.migrationtracker.project.MigrationMethod;
import org.migrationtracker.project.ProjectSettingsChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.NamedInterface;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * What admins (and, for notes and the Outlook step, helpdesk) change on mailboxes, by hand, in bulk or through the
 * imports: every change checks the lifecycle guards, recomputes readiness, writes its history in the same
 * transaction and publishes one {@link MailboxesChanged} after commit.
 */
@Service
@NamedInterface(name = "edits", propagate = true)
public class MailboxEdits {

    private final MailboxStore store;
    private final MailboxWrites writes;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final MailboxMeters meters;

    MailboxEdits(MailboxStore store, MailboxWrites writes, ApplicationEventPublisher events, Clock clock, MailboxMeters meters) {
        this.meters = meters;
        this.store = store;
        this.writes = writes;
        this.events = events;
        this.clock = clock;
    }

    /** Applies one action to many mailboxes in one transaction; refusals are reported, not thrown. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public BulkResult bulk(BulkAction action, BulkTarget target) {
        Map<Long, Long> expectedVersions = new HashMap<>();
        var refusals = new ArrayList<BulkResult.Refusal>();
        List<Long> ids = writes.resolve(target, expectedVersions, refusals);
        MigrationMethod method = writes.method();
        LocalDate today = writes.today();
        Function<Mailbox, Outcome> change = switch (action) {
            case BulkAction.SetFullAccess a ->
                    m -> Outcome.changed(m.withPermissions(m.permissions().withFullAccess(a.granted())));
            case BulkAction.SetWriteProperty a ->
                    m -> Outcome.changed(m.withPermissions(m.permissions().withWriteProperty(a.granted())));
            case BulkAction.SetUmEnabled a -> m -> Outcome.changed(m.withInventory(m.inventory().withUmEnabled(a.enabled())));
            case BulkAction.MoveTo a -> m -> MailboxWrites.transitioned(m, a.target(), a.note().strip(), method, today);
        };
        var result = writes.apply(action.describe(), ids, expectedVersions, refusals, change, method);
        meters.bulk(action, result);
        return result;
    }

    /** Moves one mailbox to another state, refused with the reason when a guard does not hold. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public Mailbox transition(long id, long expectedVersion, MailboxState target, String note) {
        return writes.single(id, expectedVersion, Message.of("bulk.action.move", target.message()),
                m -> MailboxWrites.transitioned(m, target, note.strip(), writes.method(), writes.today()));
    }

    /** Records the steps an admin ticks ({@link PostMigration#recorded}); whether it was converted is kept as it is. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public Mailbox recordPostMigration(long id, long expectedVersion, PostMigration steps) {
        return writes.single(id, expectedVersion, Message.of("bulk.action.post-migration"), m -> {
            if (steps.umReenabled() && !m.inventory().umWasEnabled()) {
                return Outcome.refused(Message.of("mailbox.um-never-enabled"));
            }
            if (steps.licenceAssignedOn() != null && steps.licenceAssignedOn().isAfter(LocalDate.now(clock))) {
                return Outcome.refused(Message.of("mailbox.licence-in-future"));
            }
            return Outcome.changed(m.withPostMigration(m.postMigration().withStepsOf(steps)));
        });
    }

    /** The user-facing step helpdesk may tick: the user's Outlook profile is set up again. */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN', 'HELPDESK')")
    public Mailbox markOutlookProfileReconfigured(long id, long expectedVersion, boolean reconfigured) {
        return writes.single(id, expectedVersion, Message.of("bulk.action.outlook-profile"), m -> Outcome.changed(
                m.withPostMigration(m.postMigration().withOutlookProfileReconfigured(reconfigured))));
    }

    /** Receive As on a mailbox database: true for every mailbox in it. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public BulkResult setReceiveAs(String database, boolean granted) {
        if (database.isBlank()) {
            throw new Refused("mailbox.database-needed");
        }
        // the mailboxes first, while they still show the old value, so that their history says old -> new
        var result = writes.apply(Message.of(granted ? "bulk.action.grant-receive-as" : "bulk.action.revoke-receive-as",
                        database.strip()), store.idsInDatabase(database.strip()), Map.of(), new ArrayList<>(),
                m -> Outcome.changed(m.withPermissions(m.permissions().withReceiveAs(granted))), writes.method());
        store.setReceiveAs(database.strip(), granted, writes.actor(), clock.instant());
        return result;
    }

    /** Adds a note (helpdesk and admins); it is part of the mailbox's history and shows live to others. */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN', 'HELPDESK')")
    public MailboxNote addNote(long mailboxId, String text) {
        String note = text.strip();
        if (note.isEmpty()) {
            throw new Refused("notes.empty");
        }
        if (note.length() > MailboxNote.MAX_LENGTH) {
            throw new Refused("notes.too-long", MailboxNote.MAX_LENGTH);
        }
        var mailbox = store.findById(mailboxId).orElseThrow(() -> new Refused("mailbox.no-such-id", mailboxId));
        var added = new MailboxNote(mailbox.id(), writes.actor(), clock.instant(), note);
        store.insertNote(added);
        store.insertHistory(List.of(new HistoryEntry(mailbox.id(), added.at(), added.author(), null, "note", null, note)));
        events.publishEvent(new MailboxNoteAdded(mailbox.id()));
        return added;
    }

    /**
     * Records what the cloud directory says about the users of these mailboxes (creation date, licence), with history
     * and one event. For {@link CloudUserImportService}.
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    BulkResult recordCloudUsers(Message what, Map<Long, CloudUser> users, UUID operation) {
        var today = writes.today();
        return writes.apply(what, List.copyOf(users.keySet()), Map.of(), new ArrayList<>(),
                m -> Outcome.changed(users.get(m.id()).applyTo(m, today)), writes.method(), writes.actor(), operation, true);
    }

    /**
     * Records what a recipients export says: these completed mailboxes are mail users in Exchange now. Each moves to
     * CONVERTED_TO_MAIL_USER with its conversion flag, through the lifecycle's guards, under the caller's operation;
     * a mailbox no longer completed when it is locked is refused with its state.
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public BulkResult recordMailUsers(Message what, Collection<Long> ids, UUID operation) {
        var method = writes.method();
        var today = writes.today();
        return writes.apply(what, List.copyOf(ids), Map.of(), new ArrayList<>(), m -> m.state() == MailboxState.COMPLETED
                ? MailboxWrites.transitioned(m, MailboxState.CONVERTED_TO_MAIL_USER, "", method, today)
                : Outcome.refused(Message.of("recipients.never-completed", m.state().message())), method, writes.actor(),
                operation, true);
    }

    /** The method changed: every mailbox's readiness follows, after the settings are committed. */
    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void onProjectSettingsChanged(ProjectSettingsChanged changed) {
        if (changed.methodChanged()) {
            writes.recomputeReadiness(store.idsMatching(MailboxFilter.all()), "system (project method " + changed.method() + ")",
                    UUID.randomUUID(), true);
        }
    }
}
