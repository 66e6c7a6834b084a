package org.migrationtracker.mailbox;

import org.migrationtracker.i18n.Message;
import org.migrationtracker.mailbox.batches.BatchCounts;
import org.migrationtracker.mailbox.batches.StatusReport;
import org.springframework.modulith.NamedInterface;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What the batch module does with mailboxes (ADR 0009): batch-neutral membership operations that run every mailbox
 * through the lifecycle's guards under the batch action's operation id, the status export's reports, and the
 * batch's own reads (its mailboxes, their counts, the identities its files need).
 */
@Service
@NamedInterface(name = "batches", propagate = true)
public class BatchMailboxes {

    private final BatchMailboxStore store;
    private final MailboxWrites writes;
    private final DirectoryStore directories;

    BatchMailboxes(BatchMailboxStore store, MailboxWrites writes, DirectoryStore directories) {
        this.store = store;
        this.writes = writes;
        this.directories = directories;
    }

    /** The mailboxes a target names, without changing anything (to check a batch's size before building it). */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<Long> idsOf(BulkTarget target, List<BulkResult.Refusal> unknown) {
        return writes.resolve(target, new HashMap<>(), unknown);
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
        var ids = writes.resolve(target, versions, refusals);
        var method = writes.method();
        var today = writes.today();
        return writes.apply(Message.of("bulk.action.join-batch", batchName), ids, versions, refusals, m -> {
            if (m.batch().batchId() != null && m.batch().batchId() != batchId) {
                return Outcome.refused(Message.of("bulk.already-in-batch", m.batch().batchName()));
            }
            if (m.batch().isAssigned()) {
                return Outcome.refused(Message.of("bulk.already-in-this-batch"));
            }
            var refusal = Lifecycle.refusal(m, MailboxState.IN_BATCH, method, "");
            if (refusal.isPresent()) {
                return Outcome.refused(refusal.get());
            }
            var scheduled = m.withBatch(new BatchAssignment(batchId, batchName))
                    .withLifecycle(m.lifecycle().movedTo(MailboxState.IN_BATCH, ""));
            return running ? MailboxWrites.transitioned(scheduled, MailboxState.SYNCING, "", method, today)
                    : Outcome.changed(scheduled);
        }, method, writes.actor(), operation, true);
    }

    /** Takes scheduled mailboxes out of a batch again (back to ready or not ready). */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public BulkResult leaveBatch(long batchId, BulkTarget target, UUID operation) {
        var refusals = new ArrayList<BulkResult.Refusal>();
        var versions = new HashMap<Long, Long>();
        var ids = writes.resolve(target, versions, refusals);
        return writes.apply(Message.of("bulk.action.leave-batch"), ids, versions, refusals, m -> {
            if (m.batch().batchId() == null || m.batch().batchId() != batchId) {
                return Outcome.refused(Message.of("bulk.not-in-this-batch"));
            }
            if (m.state() != MailboxState.IN_BATCH && m.state() != MailboxState.FAILED) {
                return Outcome.refused(Message.of("bulk.cannot-leave-batch", m.state().message()));
            }
            return Outcome.changed(m.withBatch(BatchAssignment.NONE)
                    .withLifecycle(m.lifecycle().movedTo(MailboxState.NOT_READY, "")));
        }, writes.method(), writes.actor(), operation, true);
    }

    /** Moves a batch's mailboxes that are in one of the given states, each through the lifecycle's guards. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public BulkResult moveBatch(long batchId, Set<MailboxState> from, MailboxState to, String note, UUID operation) {
        var method = writes.method();
        var today = writes.today();
        var ids = store.idsInBatch(batchId, from);
        return writes.apply(Message.of("bulk.action.move-batch", to.message()), ids, Map.of(), new ArrayList<>(),
                m -> MailboxWrites.transitioned(m, to, note.strip(), method, today), method, writes.actor(), operation, true);
    }

    /** The batch is removed: its mailboxes keep their state and history but belong to no batch any more. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public BulkResult releaseBatch(long batchId, UUID operation) {
        return writes.apply(Message.of("bulk.action.release"), store.idsInBatch(batchId, EnumSet.allOf(MailboxState.class)),
                Map.of(), new ArrayList<>(), m -> Outcome.changed(m.withBatch(BatchAssignment.NONE)), writes.method(),
                writes.actor(),
                operation, true);
    }

    /** The primary addresses of a batch's mailboxes in address order (the batch file's one column). */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<String> addressesInBatch(long batchId) {
        return store.addressesInBatch(batchId);
    }

    /** Readiness and state of a batch's mailboxes, for the batch's own guards. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<Mailbox> inBatch(long batchId) {
        return store.inBatch(batchId);
    }

    /** The batch each of the mailboxes is in now (absent: in no batch), in one query. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Map<Long, String> batchOf(Collection<Long> ids) {
        return store.batchNamesOf(ids);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Map<Long, BatchCounts> countsByBatch() {
        return store.countsByBatch();
    }

    /** Resolves the identities of Exchange's exports to mailboxes (for imports). */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public MailboxDirectory directory() {
        return directories.directory();
    }

    /** Resolves these identities of an export (and no others) to mailboxes: see {@link DirectoryStore#directory(Collection)}. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public MailboxDirectory directory(Collection<String> identities) {
        return directories.directory(identities);
    }

    /**
     * Of the addresses, those that are another address (a proxy) of a mailbox, with that mailbox's primary address:
     * a batch CSV must name on-premises primary addresses (002).
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Map<String, String> primaryOfProxies(Collection<String> addresses) {
        return directories.primaryOfProxies(addresses);
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
        var today = writes.today();
        var method = writes.method();
        return writes.apply(what, List.copyOf(byId.keySet()), Map.of(), new ArrayList<>(), m -> {
            var report = byId.get(m.id());
            var member = report.joinBatchId() == null ? m
                    : m.withBatch(new BatchAssignment(report.joinBatchId(), report.joinBatchName()));
            var updated = member.withProgress(report.progress().applyTo(m.progress()));
            var observed = report.observedState();
            boolean trackerOwned = m.state() == MailboxState.CONVERTED_TO_MAIL_USER || m.state() == MailboxState.DONE
                    || m.state() == MailboxState.SKIPPED;
            if (observed != null && observed != m.state() && !trackerOwned) {
                String note = observed == MailboxState.FAILED ? updated.progress().statusDetail() : "";
                // a failure without text is said so where it is shown
                updated = updated.withLifecycle(updated.lifecycle().movedTo(observed, note));
                if (observed == MailboxState.SYNCING || observed == MailboxState.SYNCED || observed == MailboxState.COMPLETED) {
                    updated = MailboxWrites.cloudUserCreatedByTheMove(updated, method, today);
                }
            }
            return Outcome.changed(updated);
        }, method, writes.actor(), operation, true);
    }
}
