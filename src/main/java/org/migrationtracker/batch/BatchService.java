package org.migrationtracker.batch;

import org.migrationtracker.csv.MeteredImport;
import org.migrationtracker.i18n.Message;
import org.migrationtracker.mailbox.BatchMailboxes;
import org.migrationtracker.mailbox.BulkResult;
import org.migrationtracker.mailbox.BulkTarget;
import org.migrationtracker.mailbox.Mailbox;
import org.migrationtracker.mailbox.MailboxFilter;
import org.migrationtracker.mailbox.MailboxState;
import org.migrationtracker.mailbox.batches.BatchCounts;
import org.migrationtracker.project.MigrationMethod;
import org.migrationtracker.project.ProjectService;
import org.migrationtracker.project.ProjectSettings;
import org.migrationtracker.security.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Plans and runs batches. Every action on a batch moves its mailboxes in the same transaction, through the
 * mailbox lifecycle's guards, under one operation id shared by the batch's and the mailboxes' history.
 */
@Service
public class BatchService {

    private final MigrationBatchRepository batches;
    private final BatchHistory history;
    private final BatchMailboxes mailboxes;
    private final ProjectService project;
    private final BatchCsvFiles files;
    private final BatchEndpoints endpoints;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final CurrentUser currentUser;

    BatchService(MigrationBatchRepository batches, BatchHistory history, BatchMailboxes mailboxes, ProjectService project,
                 BatchCsvFiles files, BatchEndpoints endpoints, ApplicationEventPublisher events, Clock clock, CurrentUser currentUser) {
        this.batches = batches;
        this.history = history;
        this.mailboxes = mailboxes;
        this.project = project;
        this.files = files;
        this.endpoints = endpoints;
        this.events = events;
        this.clock = clock;
        this.currentUser = currentUser;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<BatchOverview> board() {
        return board(mailboxes.countsByBatch());
    }

    /** The board with each batch's counts the caller has just read (the dashboard, from its one pass over the mailboxes). */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('ADMIN', 'LEAD')")
    public List<BatchOverview> board(Map<Long, BatchCounts> counts) {
        return batches.findAllForBoard().stream()
                .map(batch -> new BatchOverview(batch, counts.getOrDefault(batch.getId(), BatchCounts.EMPTY))).toList();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('ADMIN', 'LEAD')")
    public Optional<BatchOverview> find(String name) {
        return batches.findByName(name.strip()).map(batch ->
                new BatchOverview(batch, mailboxes.countsByBatch().getOrDefault(batch.getId(), BatchCounts.EMPTY)));
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('ADMIN', 'LEAD')")
    public List<Mailbox> mailboxesOf(String name) {
        return mailboxes.inBatch(batches.named(name).getId());
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('ADMIN', 'LEAD')")
    public List<BatchHistoryEntry> history(String name) {
        return history.of(batches.named(name).getId());
    }

    /**
     * Creates a batch from mailboxes; under the staged limit of 2,000 a larger group is refused, or with
     * {@code split} made into numbered batches (Finance1, Finance2, ...). A cutover project has exactly one batch with
     * every mailbox (skipped ones excepted), whatever the target says.
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public BatchCreation create(BatchDraft draft, BulkTarget target, boolean split) {
        var draftProblems = Stream.of(BatchRules.nameProblem(draft.name()), BatchRules.windowProblem(draft)).flatMap(Optional::stream).toList();
        if (!draftProblems.isEmpty()) {
            throw new BatchRefused(Message.of("batch.not-created"), draftProblems);
        }
        var method = project.method();
        endpoints.problem(draft.endpointName(), method, null).ifPresent(problem -> {
            throw new BatchRefused(Message.of("batch.not-created"), problem);
        });
        if (draft.startMode() == StartMode.AUTOMATIC) {
            var problems = startProblems(method);
            if (!problems.isEmpty()) {
                throw new BatchRefused(Message.of("batch.not-created"), problems);
            }
        }
        var unknown = new ArrayList<BulkResult.Refusal>();
        List<Long> ids;
        if (method == MigrationMethod.CUTOVER) {
            if (batches.countOpen() > 0) {
                throw new BatchRefused(Message.of("batch.not-created"), Message.of("batch.cutover-exists"));
            }
            var notSkipped = EnumSet.complementOf(EnumSet.of(MailboxState.SKIPPED));
            ids = mailboxes.idsOf(BulkTarget.matching(MailboxFilter.all().withStates(notSkipped)), unknown);
        } else {
            ids = mailboxes.idsOf(target, unknown);
        }
        if (ids.isEmpty()) {
            throw new BatchRefused(Message.of("batch.not-created"), Message.of("batch.no-mailbox-matches"));
        }
        int limit = BatchRules.limit(method);
        List<String> names = List.of(draft.name());
        if (limit > 0 && ids.size() > limit) {
            if (!split || method == MigrationMethod.CUTOVER) {
                throw new BatchRefused(Message.of("batch.not-created"), BatchRules.sizeProblem(method, ids.size()).orElseThrow());
            }
            names = BatchRules.splitNames(draft.name(), ids.size(), limit);
        }
        var taken = names.stream().filter(name -> batches.findByName(name).isPresent()).toList();
        if (!taken.isEmpty()) {
            throw new BatchRefused(Message.of("batch.not-created"), Message.of("batch.name-taken", String.join(", ", taken)));
        }
        var operation = UUID.randomUUID();
        var now = clock.instant();
        var created = new ArrayList<MigrationBatch>();
        var joined = new ArrayList<BulkResult>();
        int chunk = names.size() == 1 ? ids.size() : limit;
        for (int i = 0; i < names.size(); i++) {
            var part = ids.subList(i * chunk, Math.min(ids.size(), (i + 1) * chunk));
            var batch = batches.saveAndFlush(new MigrationBatch(draft.named(names.get(i)), method, currentUser.actor(), now));
            history.record(batch.getId(), now, currentUser.actor(), operation, "created", null, String.valueOf(part.size()));
            history.record(batch.getId(), now, currentUser.actor(), operation, "status", null, batch.getStatus().exchangeName());
            var result = mailboxes.joinBatch(batch.getId(), batch.getName(), BulkTarget.ids(part),
                    batch.getStatus().isRunning(), operation);
            if (result.changed() == 0) {
                throw new BatchRefused(Message.of("batch.not-created"), Message.of("batch.none-could-join", batch.getName(),
                        result.refusals().stream().limit(5).map(r -> Message.of("batch.refused-mailbox", r.primaryAddress(), r.reason())).toList()));
            }
            joined.add(result);
            created.add(batch);
            events.publishEvent(new BatchChanged(batch.getId(), batch.getName(), operation));
        }
        return new BatchCreation(created, joined, unknown.stream().map(BulkResult.Refusal::primaryAddress).toList(),
                BatchRules.warnings(method, ids.size()));
    }

    /**
     * A batch from a CSV made elsewhere: validated like Exchange would, with primary addresses and single sign-on
     * checked against the tracker's inventory and project, then matched to the inventory.
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public BatchCreation createFromCsv(BatchDraft draft, String fileName, byte[] content) {
        var valid = files.validate(fileName, content);
        return create(draft, BulkTarget.addresses(valid.addresses()), false);
    }

    /** Whether the file would be accepted: Exchange's checks, primary addresses and single sign-on (nothing changes). */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    @MeteredImport("batch-csv")
    public BatchCsvValidator.Valid validateCsv(String fileName, byte[] content) {
        return files.validate(fileName, content);
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public MigrationBatch describe(String name, long expectedVersion, BatchDraft draft) {
        var batch = load(name, expectedVersion);
        BatchRules.windowProblem(draft).ifPresent(problem -> {
            throw new BatchRefused(Message.of("batch.not-changed"), problem);
        });
        var before = batch.draft();
        var operation = UUID.randomUUID();
        if (!draft.name().equalsIgnoreCase(batch.getName()) && batches.findByName(draft.name()).isPresent()) {
            throw new BatchRefused(Message.of("batch.not-changed"), Message.of("batch.name-taken", draft.name()));
        }
        endpoints.problem(draft.endpointName(), batch.getMethod(), batch.getId()).ifPresent(problem -> {
            throw new BatchRefused(Message.of("batch.not-changed"), problem);
        });
        if (!draft.name().equals(batch.getName()) && new BatchOverview(batch, counts(batch)).hasRun()) {
            // Microsoft's exports name the batch: a batch that ran keeps its name (the entity checks its own status too)
            throw new BatchRefused(Message.of("batch.not-changed"), Message.of("batch.cannot-rename", batch.getName()));
        }
        batch.describe(draft, currentUser.actor(), clock.instant());
        var now = clock.instant();
        history.record(batch.getId(), now, currentUser.actor(), operation, "name", before.name(), draft.name());
        history.record(batch.getId(), now, currentUser.actor(), operation, "planned_start", before.plannedStart(), draft.plannedStart());
        history.record(batch.getId(), now, currentUser.actor(), operation, "planned_end", before.plannedEnd(), draft.plannedEnd());
        history.record(batch.getId(), now, currentUser.actor(), operation, "endpoint", before.endpointName(), draft.endpointName());
        history.record(batch.getId(), now, currentUser.actor(), operation, "notes", before.notes(), draft.notes());
        history.record(batch.getId(), now, currentUser.actor(), operation, "start_mode", before.startMode(), draft.startMode());
        return changed(batch, operation);
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public BulkResult addMailboxes(String name, BulkTarget target) {
        var batch = batches.findByNameForUpdate(name.strip()).orElseThrow(() -> BatchRefused.noSuchBatch(name));
        batch.require(BatchAction.ADD_MAILBOXES);
        var method = project.method();
        if (method == MigrationMethod.CUTOVER) {
            throw new BatchRefused(Message.of("batch.nothing-added"), Message.of("batch.cutover-holds-all"));
        }
        var operation = UUID.randomUUID();
        var result = mailboxes.joinBatch(batch.getId(), batch.getName(), target, batch.getStatus().isRunning(), operation);
        // counted after joining, under the batch's lock: only the mailboxes that may join count against the limit
        int now = mailboxes.countsByBatch().getOrDefault(batch.getId(), BatchCounts.EMPTY).total();
        BatchRules.sizeProblem(method, now).ifPresent(problem -> {
            throw new BatchRefused(Message.of("batch.nothing-added"), problem); // rolls the join back
        });
        history.record(batch.getId(), clock.instant(), currentUser.actor(), operation, "mailboxes added", null, String.valueOf(result.changed()));
        changed(batch, operation);
        return result;
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public BulkResult removeMailboxes(String name, BulkTarget target) {
        var batch = batches.named(name);
        var operation = UUID.randomUUID();
        var result = mailboxes.leaveBatch(batch.getId(), target, operation);
        history.record(batch.getId(), clock.instant(), currentUser.actor(), operation, "mailboxes removed", null, String.valueOf(result.changed()));
        changed(batch, operation);
        return result;
    }

    /** Started in Exchange: scheduled mailboxes sync; refused while any of them is not ready. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public BulkResult start(String name, long expectedVersion) {
        var batch = load(name, expectedVersion);
        batch.require(BatchAction.START);
        var problems = startProblems(batch.getMethod());
        if (!problems.isEmpty()) {
            throw new BatchRefused(Message.of("batch.not-started", batch.getName()), problems);
        }
        var unready = mailboxes.inBatch(batch.getId()).stream()
                .filter(m -> m.state() == MailboxState.IN_BATCH && !m.lifecycle().ready())
                .map(m -> Message.of("batch.unready-mailbox", m.primaryAddress(), m.readinessMessages())).toList();
        if (!unready.isEmpty()) {
            throw new BatchRefused(Message.of("batch.not-started", batch.getName()), unready);
        }
        return move(batch, BatchAction.START, "", EnumSet.of(MailboxState.IN_BATCH), MailboxState.SYNCING);
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public BulkResult markSynced(String name, long expectedVersion) {
        var batch = load(name, expectedVersion);
        batch.require(BatchAction.MARK_SYNCED);
        batch.synced(clock.instant());
        return withErrors(batch, move(batch, BatchAction.MARK_SYNCED, "", EnumSet.of(MailboxState.SYNCING), MailboxState.SYNCED));
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public BulkResult complete(String name, long expectedVersion) {
        var batch = load(name, expectedVersion);
        return withErrors(batch, move(batch, BatchAction.COMPLETE, "", EnumSet.of(MailboxState.SYNCED), MailboxState.COMPLETED));
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public BulkResult stop(String name, long expectedVersion) {
        var batch = load(name, expectedVersion);
        return move(batch, BatchAction.STOP, "", EnumSet.noneOf(MailboxState.class), MailboxState.SYNCING);
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public BulkResult fail(String name, long expectedVersion, String error) {
        if (error.isBlank()) {
            throw new BatchRefused(Message.of("batch.not-failed"), Message.of("lifecycle.failure-needs-error"));
        }
        var batch = load(name, expectedVersion);
        return move(batch, BatchAction.FAIL, error.strip(), EnumSet.of(MailboxState.IN_BATCH, MailboxState.SYNCING,
                MailboxState.SYNCED), MailboxState.FAILED);
    }

    /** Why the batch may not be removed yet; empty when it may. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<Message> removalBlockers(String name) {
        var overview = find(name).orElseThrow(() -> BatchRefused.noSuchBatch(name));
        return removalBlockers(overview, project.current());
    }

    /** Why a batch of the board may not be removed yet, from the board's counts (no query of its own). */
    @PreAuthorize("isAuthenticated()")
    public List<Message> removalBlockers(BatchOverview overview, ProjectSettings settings) {
        var batch = overview.batch();
        if (!overview.hasRun() || batch.getStatus() == BatchStatus.REMOVED) {
            return List.of();
        }
        int notConverted = batch.getMethod() == MigrationMethod.STAGED ? overview.counts().notConverted() : 0;
        return RemovalGuard.unmet(settings.isMxPointsToCloud(), settings.getMxChangedAt(), batch.getLastSyncedAt(),
                overview.counts().unfinished(), notConverted, clock.instant());
    }

    /**
     * Removes the batch (its mailboxes keep their state and history). A batch that never started is simply discarded;
     * one that ran only under the removal guard, else refused with each unmet condition.
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public BulkResult remove(String name, long expectedVersion) {
        var batch = load(name, expectedVersion);
        batch.require(BatchAction.REMOVE);
        var overview = new BatchOverview(batch, counts(batch));
        var blockers = removalBlockers(overview, project.current());
        if (!blockers.isEmpty()) {
            throw new BatchRefused(Message.of("batch.not-removable", batch.getName()), blockers);
        }
        var operation = UUID.randomUUID();
        BulkResult released = overview.hasRun()
                ? mailboxes.releaseBatch(batch.getId(), operation)
                : mailboxes.leaveBatch(batch.getId(), BulkTarget.ids(mailboxes.inBatch(batch.getId()).stream().map(Mailbox::id).toList()), operation);
        var before = batch.perform(BatchAction.REMOVE, "", currentUser.actor(), clock.instant());
        history.record(batch.getId(), clock.instant(), currentUser.actor(), operation, "status", before.exchangeName(), BatchStatus.REMOVED.exchangeName());
        changed(batch, operation);
        return released;
    }

    /** The batch's file for Exchange (see {@link BatchCsvFiles#export}); every export is in the batch's history. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public byte[] exportCsv(String name, boolean withPasswords) {
        return files.export(batches.named(name), withPasswords);
    }

    /** The staged batch CSV with passwords, each user also mailed theirs (see {@link BatchCsvFiles#exportMailingPasswords}). */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public byte[] exportCsvMailingPasswords(String name) {
        return files.exportMailingPasswords(batches.named(name));
    }

    private List<Message> startProblems(MigrationMethod method) {
        var settings = project.current();
        return BatchRules.startProblems(method, settings.isDirectorySync(), settings.isSingleSignOn());
    }

    private BatchCounts counts(MigrationBatch batch) {
        return mailboxes.countsByBatch().getOrDefault(batch.getId(), BatchCounts.EMPTY);
    }

    /** The action on the batch (refused by its status unless allowed) and its mailboxes, the error as their note. */
    private BulkResult move(MigrationBatch batch, BatchAction action, String error, Set<MailboxState> from, MailboxState to) {
        var operation = UUID.randomUUID();
        var before = batch.perform(action, error, currentUser.actor(), clock.instant());
        history.record(batch.getId(), clock.instant(), currentUser.actor(), operation, "status", before.exchangeName(), batch.getStatus().exchangeName());
        BulkResult result = from.isEmpty()
                ? new BulkResult(operation, Message.of("bulk.action.stop-batch"), 0, 0, List.of())
                : mailboxes.moveBatch(batch.getId(), from, to, error, operation);
        changed(batch, operation);
        return result;
    }

    /** Synced or Completed with errors when some of its mailboxes failed (Exchange's words). */
    private BulkResult withErrors(MigrationBatch batch, BulkResult result) {
        if (counts(batch).failed() > 0) {
            batch.markErrors(currentUser.actor(), clock.instant());
        }
        return result;
    }

    private MigrationBatch changed(MigrationBatch batch, UUID operation) {
        batches.flush();
        events.publishEvent(new BatchChanged(batch.getId(), batch.getName(), operation));
        return batch;
    }

    private MigrationBatch load(String name, long expectedVersion) {
        var batch = batches.named(name);
        if (batch.getVersion() != expectedVersion) {
            throw new BatchConflict(Message.of("batch.conflict", batch.getName(), batch.getUpdatedBy(), batch.getUpdatedAt()));
        }
        return batch;
    }


    Instant now() {
        return clock.instant();
    }
}
