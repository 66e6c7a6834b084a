package org.migrationtracker.mailbox;

import org.jspecify.annotations.Nullable;
import org.migrationtracker.i18n.Message;
import org.migrationtracker.i18n.Refused;
import org.migrationtracker.project.MigrationMethod;
import org.migrationtracker.project.ProjectService;
import org.migrationtracker.project.ProjectSettingsChanged;
import org.migrationtracker.security.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * Reads mailboxes and changes them: every change checks the lifecycle guards, recomputes readiness, writes
 * its history in the same transaction and publishes one {@link MailboxesChanged} after commit.
 */
@Service
public class MailboxService {

    /** How many history entries a detail view shows. */
    public static final int HISTORY_LIMIT = 500;
    private static final int CHUNK = 5_000;
    private static final String CHANGED_SINCE_LOADED = "bulk.changed-since-loaded";

    private final MailboxStore store;
    private final ConversionStore conversion;
    private final ProjectService project;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final CurrentUser currentUser;

    MailboxService(MailboxStore store, ConversionStore conversion, ProjectService project, ApplicationEventPublisher events,
                   Clock clock, CurrentUser currentUser) {
        this.store = store;
        this.conversion = conversion;
        this.project = project;
        this.events = events;
        this.clock = clock;
        this.currentUser = currentUser;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<Mailbox> page(MailboxFilter filter, MailboxSort sort, boolean ascending, int offset, int limit) {
        return store.page(filter, sort, ascending, offset, limit);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public int count(MailboxFilter filter) {
        return store.count(filter);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Optional<Mailbox> find(long id) {
        return store.findById(id);
    }

    /** By primary address or any proxy address, case-insensitive. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Optional<Mailbox> findByAddress(String address) {
        return store.findByAddress(address);
    }

    /** The mailbox's X500 addresses from the inventory (kept apart from its SMTP proxy addresses). */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<String> x500Addresses(long mailboxId) {
        return conversion.x500Addresses(mailboxId);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<HistoryEntry> history(long mailboxId) {
        return store.history(mailboxId, HISTORY_LIMIT);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<String> batchNames() {
        return store.openBatchNames();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<String> departments() {
        return store.departments();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<String> databases() {
        return store.databases();
    }

    /** Applies one action to many mailboxes in one transaction; refusals are reported, not thrown. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public BulkResult bulk(BulkAction action, BulkTarget target) {
        Map<Long, Long> expectedVersions = new HashMap<>();
        var refusals = new ArrayList<BulkResult.Refusal>();
        List<Long> ids = resolve(target, expectedVersions, refusals);
        MigrationMethod method = project.method();
        LocalDate today = LocalDate.now(clock);
        Function<Mailbox, Object> change = switch (action) {
            case BulkAction.SetFullAccess a -> m -> m.withPermissions(a.granted(), m.receiveAsOnDatabase(), m.writeProperty());
            case BulkAction.SetWriteProperty a -> m -> m.withPermissions(m.fullAccess(), m.receiveAsOnDatabase(), a.granted());
            case BulkAction.SetUmEnabled a -> m -> m.withUmEnabled(a.enabled());
            case BulkAction.MoveTo a -> m -> transitioned(m, a.target(), a.note().strip(), method, today);
        };
        return apply(action.describe(), ids, expectedVersions, refusals, change, method);
    }

    private List<Long> resolve(BulkTarget target, Map<Long, Long> expectedVersions, List<BulkResult.Refusal> refusals) {
        if (target.selection() != null) {
            expectedVersions.putAll(target.selection());
            return List.copyOf(target.selection().keySet());
        }
        if (target.ids() != null) {
            return target.ids();
        }
        if (target.addresses() != null) {
            var ids = new ArrayList<Long>();
            for (String address : target.addresses()) {
                var found = store.findByAddress(address);
                if (found.isPresent()) {
                    ids.add(found.get().id());
                } else {
                    refusals.add(BulkResult.Refusal.of(address, "bulk.not-in-tracker"));
                }
            }
            return ids;
        }
        if (target.filter() != null) {
            return store.idsMatching(target.filter());
        }
        throw new Refused("bulk.no-target");
    }

    /** The mailboxes a target names, without changing anything (to check a batch's size before building it). */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<Long> idsOf(BulkTarget target, List<BulkResult.Refusal> unknown) {
        return resolve(target, new HashMap<>(), unknown);
    }

    /**
     * Puts mailboxes into a batch: scheduled ({@code IN_BATCH}) or, for a batch that runs already, syncing, which
     * only ready mailboxes may do. A mailbox in another batch, or past the point of joining one, is refused.
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public BulkResult joinBatch(long batchId, String batchName, BulkTarget target, boolean running, UUID operation) {
        var refusals = new ArrayList<BulkResult.Refusal>();
        var versions = new HashMap<Long, Long>();
        var ids = resolve(target, versions, refusals);
        var method = project.method();
        var today = LocalDate.now(clock);
        return apply(Message.of("bulk.action.join-batch", batchName), ids, versions, refusals, m -> {
            if (m.batchId() != null && m.batchId() != batchId) {
                return Message.of("bulk.already-in-batch", m.batchName());
            }
            if (m.batchId() != null) {
                return Message.of("bulk.already-in-this-batch");
            }
            var refusal = Lifecycle.refusal(m, MailboxState.IN_BATCH, method, "");
            if (refusal.isPresent()) {
                return refusal.get();
            }
            var scheduled = m.withBatch(batchId, batchName).withState(MailboxState.IN_BATCH, "");
            return running ? transitioned(scheduled, MailboxState.SYNCING, "", method, today) : scheduled;
        }, method, currentUser.actor(), operation, true);
    }

    /** Takes scheduled mailboxes out of a batch again (back to ready or not ready). */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public BulkResult leaveBatch(long batchId, BulkTarget target, UUID operation) {
        var refusals = new ArrayList<BulkResult.Refusal>();
        var versions = new HashMap<Long, Long>();
        var ids = resolve(target, versions, refusals);
        return apply(Message.of("bulk.action.leave-batch"), ids, versions, refusals, m -> {
            if (m.batchId() == null || m.batchId() != batchId) {
                return Message.of("bulk.not-in-this-batch");
            }
            if (m.state() != MailboxState.IN_BATCH && m.state() != MailboxState.FAILED) {
                return Message.of("bulk.cannot-leave-batch", m.state().message());
            }
            return m.withBatch(null, null).withState(MailboxState.NOT_READY, "");
        }, project.method(), currentUser.actor(), operation, true);
    }

    /** Moves a batch's mailboxes that are in one of the given states, each through the lifecycle's guards. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public BulkResult moveBatch(long batchId, java.util.Set<MailboxState> from, MailboxState to, String note, UUID operation) {
        var method = project.method();
        var today = LocalDate.now(clock);
        var ids = store.idsInBatch(batchId, from);
        return apply(Message.of("bulk.action.move-batch", to.message()), ids, Map.of(), new ArrayList<>(),
                m -> transitioned(m, to, note.strip(), method, today), method, currentUser.actor(), operation, true);
    }

    /** The batch is removed: its mailboxes keep their state and history but belong to no batch any more. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public BulkResult releaseBatch(long batchId, UUID operation) {
        return apply(Message.of("bulk.action.release"), store.idsInBatch(batchId, java.util.EnumSet.allOf(MailboxState.class)),
                Map.of(), new ArrayList<>(), m -> m.withBatch(null, null), project.method(), currentUser.actor(), operation, true);
    }

    /** Readiness and state of a batch's mailboxes, for the batch's own guards. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<Mailbox> inBatch(long batchId) {
        return store.inBatch(batchId);
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
        var added = new MailboxNote(mailbox.id(), currentUser.actor(), clock.instant(), note);
        store.insertNote(added);
        store.insertHistory(List.of(new HistoryEntry(mailbox.id(), added.at(), added.author(), null, "note", null, note)));
        events.publishEvent(new MailboxNoteAdded(mailbox.id()));
        return added;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<MailboxNote> notes(long mailboxId) {
        return store.notes(mailboxId);
    }

    /** Finds users while someone types: name, address, alias; accents and small typos ignored; best first. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<Mailbox> search(String query, int limit) {
        return store.search(query, Math.max(1, Math.min(limit, 50)));
    }

    /** When the mailbox reached a state last (from its history), e.g. when it was completed. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Optional<java.time.Instant> reached(long mailboxId, MailboxState state) {
        return store.history(mailboxId, HISTORY_LIMIT).stream()
                .filter(entry -> entry.field().equals("state") && state.name().equals(entry.newValue()))
                .map(HistoryEntry::at).findFirst();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Map<MailboxState, Integer> stateCounts() {
        return store.stateCounts();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Map<ReadinessReason, Integer> blockers() {
        return store.blockers();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public java.util.SortedMap<LocalDate, Integer> completionsPerDay() {
        return store.completionsPerDay(clock.getZone());
    }

    /** Moved mailboxes whose licence deadline passes before the given day and that have no licence. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<Mailbox> licencesDue(LocalDate before, int limit) {
        return store.licencesDue(before, limit);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public int licencesDueCount(LocalDate before) {
        return store.licencesDueCount(before);
    }

    /** Resolves the identities of Exchange's exports to mailboxes (for imports). */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public MailboxDirectory directory() {
        return MailboxDirectory.load(store.jdbc());
    }

    /**
     * Of the addresses, those that are another address (a proxy) of a mailbox, with that mailbox's primary address:
     * a batch CSV must name on-premises primary addresses (002).
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Map<String, String> primaryOfProxies(java.util.Collection<String> addresses) {
        return store.primaryOfProxies(addresses);
    }

    /** The batch each of the mailboxes is in now (absent: in no batch), in one query. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Map<Long, String> batchOf(java.util.Collection<Long> ids) {
        return store.batchNamesOf(ids);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Map<Long, BatchCounts> countsByBatch() {
        return store.countsByBatch();
    }

    /**
     * Records what a status export says: Microsoft's raw status is kept, and the state follows what Exchange
     * observed (Exchange is the authority on a move in progress); states the tracker sets after Exchange's part
     * (mail user, done) and skipped mailboxes are kept. Reports whose values are already recorded change nothing.
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public BulkResult recordMicrosoftStatus(Message what, List<StatusReport> reports, UUID operation) {
        var byId = new HashMap<Long, StatusReport>();
        reports.forEach(report -> byId.put(report.mailboxId(), report));
        var today = LocalDate.now(clock);
        var method = project.method();
        return apply(what, List.copyOf(byId.keySet()), Map.of(), new ArrayList<>(), m -> {
            var report = byId.get(m.id());
            var member = report.joinBatchId() == null ? m : m.withBatch(report.joinBatchId(), report.joinBatchName());
            var updated = member.withProgress(report.progress().applyTo(m.progress()));
            var observed = report.observedState();
            boolean trackerOwned = m.state() == MailboxState.CONVERTED_TO_MAIL_USER || m.state() == MailboxState.DONE
                    || m.state() == MailboxState.SKIPPED;
            if (observed != null && observed != m.state() && !trackerOwned) {
                String note = observed == MailboxState.FAILED ? updated.progress().statusDetail() : "";
                updated = updated.withState(observed, note); // a failure without text is said so where it is shown
                if (observed == MailboxState.SYNCING || observed == MailboxState.SYNCED || observed == MailboxState.COMPLETED) {
                    updated = cloudUserCreatedByTheMove(updated, method, today);
                }
            }
            return updated;
        }, method, currentUser.actor(), operation, true);
    }

    /**
     * Records what the cloud directory says about the users of these mailboxes (creation date, licence), with history
     * and one event. For {@link CloudUserImportService}.
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    BulkResult recordCloudUsers(Message what, Map<Long, CloudUser> users, UUID operation) {
        var today = LocalDate.now(clock);
        return apply(what, List.copyOf(users.keySet()), Map.of(), new ArrayList<>(),
                m -> users.get(m.id()).applyTo(m, today), project.method(), currentUser.actor(), operation, true);
    }

    /**
     * Records what a recipients export says: these completed mailboxes are mail users in Exchange now. Each moves to
     * CONVERTED_TO_MAIL_USER with its conversion flag, through the lifecycle's guards, under the caller's operation;
     * a mailbox no longer completed when it is locked is refused with its state.
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public BulkResult recordMailUsers(Message what, java.util.Collection<Long> ids, UUID operation) {
        var method = project.method();
        var today = LocalDate.now(clock);
        return apply(what, List.copyOf(ids), Map.of(), new ArrayList<>(), m -> m.state() == MailboxState.COMPLETED
                ? transitioned(m, MailboxState.CONVERTED_TO_MAIL_USER, "", method, today)
                : Message.of("recipients.never-completed", m.state().message()), method, currentUser.actor(), operation, true);
    }

    /** Moves one mailbox to another state, refused with the reason when a guard does not hold. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public Mailbox transition(long id, long expectedVersion, MailboxState target, String note) {
        return single(id, expectedVersion, Message.of("bulk.action.move", target.message()),
                m -> transitioned(m, target, note.strip(), project.method(), LocalDate.now(clock)));
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public Mailbox recordPostMigration(long id, long expectedVersion, PostMigration steps) {
        return single(id, expectedVersion, Message.of("bulk.action.post-migration"), m -> {
            if (steps.umReenabled() && !m.umWasEnabled()) {
                return Message.of("mailbox.um-never-enabled");
            }
            if (steps.licenceAssignedOn() != null && steps.licenceAssignedOn().isAfter(LocalDate.now(clock))) {
                return Message.of("mailbox.licence-in-future");
            }
            return m.withPostMigration(steps.cloudCreatedOn(), steps.licenceAssignedOn(), steps.umReenabled(),
                    steps.outlookProfileReconfigured(), m.mailUserConverted());
        });
    }

    /** The user-facing step helpdesk may tick: the user's Outlook profile is set up again. */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN', 'HELPDESK')")
    public Mailbox markOutlookProfileReconfigured(long id, long expectedVersion, boolean reconfigured) {
        return single(id, expectedVersion, Message.of("bulk.action.outlook-profile"), m -> m.withPostMigration(m.cloudCreatedOn(),
                m.licenceAssignedOn(), m.umReenabled(), reconfigured, m.mailUserConverted()));
    }

    /** Receive As on a mailbox database: true for every mailbox in it. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public BulkResult setReceiveAs(String database, boolean granted) {
        if (database.isBlank()) {
            throw new Refused("mailbox.database-needed");
        }
        // the mailboxes first, while they still show the old value, so that their history says old -> new
        var result = apply(Message.of(granted ? "bulk.action.grant-receive-as" : "bulk.action.revoke-receive-as", database.strip()),
                store.idsInDatabase(database.strip()), Map.of(), new ArrayList<>(),
                m -> m.withPermissions(m.fullAccess(), granted, m.writeProperty()), project.method());
        store.setReceiveAs(database.strip(), granted, currentUser.actor(), clock.instant());
        return result;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public boolean receiveAs(String database) {
        return store.receiveAs(database);
    }

    /** The method changed: every mailbox's readiness follows, after the settings are committed. */
    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void onProjectSettingsChanged(ProjectSettingsChanged changed) {
        if (changed.methodChanged()) {
            recomputeReadiness(store.idsMatching(MailboxFilter.all()), "system (project method " + changed.method() + ")");
        }
    }

    /** Recomputes readiness of the given mailboxes (for setting changes), chunk by chunk, one event per chunk. */
    void recomputeReadiness(List<Long> ids, String actor) {
        var method = project.method();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            var chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            apply(Message.of("bulk.action.recompute"), chunk, Map.of(), new ArrayList<>(), m -> m, method, actor, UUID.randomUUID(), true);
        }
    }

    /** Recomputes readiness as part of a larger operation (an import) that publishes its own event. */
    void recomputeReadiness(List<Long> ids, String actor, UUID operation) {
        var method = project.method();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            var chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            apply(Message.of("bulk.action.recompute"), chunk, Map.of(), new ArrayList<>(), m -> m, method, actor, operation, false);
        }
    }

    Mailbox single(long id, long expectedVersion, Message what, Function<Mailbox, Object> change) {
        var result = apply(what, List.of(id), Map.of(id, expectedVersion), new ArrayList<>(), change, project.method());
        if (!result.refusals().isEmpty()) {
            var refusal = result.refusals().getFirst();
            if (refusal.reason().key().equals(CHANGED_SINCE_LOADED)) {
                throw new MailboxConflict(Message.of("mailbox.conflict", refusal.primaryAddress(), refusal.reason()));
            }
            throw new Refused("mailbox.refused", refusal.primaryAddress(), refusal.reason());
        }
        return store.findById(id).orElseThrow();
    }

    private BulkResult apply(Message what, List<Long> ids, Map<Long, Long> expectedVersions,
                             List<BulkResult.Refusal> refusals, Function<Mailbox, Object> change, MigrationMethod method) {
        return apply(what, ids, expectedVersions, refusals, change, method, currentUser.actor(), UUID.randomUUID(), true);
    }

    /** @param change returns the changed mailbox, or a Message: the reason the change is refused */
    private BulkResult apply(Message what, List<Long> ids, Map<Long, Long> expectedVersions,
                             List<BulkResult.Refusal> refusals, Function<Mailbox, Object> change, MigrationMethod method,
                             String actor, UUID operation, boolean publish) {
        var now = clock.instant();
        var locked = store.lock(ids);
        if (locked.size() < ids.size()) {
            var found = new java.util.HashSet<Long>();
            locked.forEach(m -> found.add(m.id()));
            ids.stream().filter(id -> !found.contains(id))
                    .forEach(id -> refusals.add(BulkResult.Refusal.of("#" + id, "bulk.no-such-mailbox")));
        }
        var changed = new ArrayList<Mailbox>();
        var history = new ArrayList<HistoryEntry>();
        int unchanged = 0;
        for (var before : locked) {
            Long expected = expectedVersions.get(before.id());
            if (expected != null && expected != before.version()) {
                refusals.add(BulkResult.Refusal.of(before.primaryAddress(), CHANGED_SINCE_LOADED, before.updatedBy(),
                        before.updatedAt()));
                continue;
            }
            Object outcome = change.apply(before);
            if (outcome instanceof Message reason) {
                refusals.add(new BulkResult.Refusal(before.primaryAddress(), reason));
                continue;
            }
            var after = ((Mailbox) outcome).withReadiness(Readiness.of(((Mailbox) outcome).facts(), method));
            if (after.equals(before)) {
                unchanged++;
                continue;
            }
            changed.add(after);
            history.addAll(MailboxChanges.between(before, after, actor, now, operation));
        }
        int written = store.update(changed, actor, now);
        if (written != changed.size()) {
            throw new MailboxConflict(Message.of("bulk.changed-meanwhile"));
        }
        store.insertHistory(history);
        if (publish && !changed.isEmpty()) {
            events.publishEvent(new MailboxesChanged(operation, changed.stream().map(Mailbox::id).toList()));
        }
        return new BulkResult(operation, what, changed.size(), unchanged, refusals);
    }

    private static Object transitioned(Mailbox m, MailboxState target, String note, MigrationMethod method, LocalDate today) {
        var refusal = Lifecycle.refusal(m, target, method, note);
        if (refusal.isPresent()) {
            return refusal.get();
        }
        var moved = m.withState(target, target == MailboxState.FAILED || target == MailboxState.SKIPPED ? note : "");
        if (target == MailboxState.SYNCING) {
            moved = cloudUserCreatedByTheMove(moved, method, today);
        }
        if (target == MailboxState.CONVERTED_TO_MAIL_USER) {
            moved = moved.withPostMigration(moved.cloudCreatedOn(), moved.licenceAssignedOn(), moved.umReenabled(),
                    moved.outlookProfileReconfigured(), true);
        }
        return moved;
    }

    /**
     * The licence clock runs from the creation of the cloud user (002). A cutover migration creates the cloud users
     * itself when it starts, so its first sync is that day; with directory synchronisation (staged, hybrid) the users
     * exist before any batch, and their creation date comes from the cloud-user import, never from a sync.
     */
    private static Mailbox cloudUserCreatedByTheMove(Mailbox m, MigrationMethod method, LocalDate today) {
        if (method != MigrationMethod.CUTOVER || m.cloudCreatedOn() != null) {
            return m;
        }
        return m.withPostMigration(today, m.licenceAssignedOn(), m.umReenabled(), m.outlookProfileReconfigured(),
                m.mailUserConverted());
    }


}
