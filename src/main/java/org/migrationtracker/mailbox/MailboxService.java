package org.migrationtracker.mailbox;

import org.jspecify.annotations.Nullable;
import org.migrationtracker.project.MigrationMethod;
import org.migrationtracker.project.ProjectService;
import org.migrationtracker.project.ProjectSettingsChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
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

    private final MailboxStore store;
    private final ProjectService project;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MailboxService(MailboxStore store, ProjectService project, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.project = project;
        this.events = events;
        this.clock = clock;
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

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<HistoryEntry> history(long mailboxId) {
        return store.history(mailboxId, HISTORY_LIMIT);
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
        List<Long> ids;
        if (target.selection() != null) {
            expectedVersions.putAll(target.selection());
            ids = List.copyOf(target.selection().keySet());
        } else if (target.ids() != null) {
            ids = target.ids();
        } else if (target.addresses() != null) {
            ids = new ArrayList<>();
            for (String address : target.addresses()) {
                var found = store.findByAddress(address);
                if (found.isPresent()) {
                    ids.add(found.get().id());
                } else {
                    refusals.add(new BulkResult.Refusal(address, "not in the tracker"));
                }
            }
        } else if (target.filter() != null) {
            ids = store.idsMatching(target.filter());
        } else {
            throw new IllegalArgumentException("A bulk action needs a selection, addresses or a filter");
        }
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

    /** Moves one mailbox to another state, refused with the reason when a guard does not hold. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public Mailbox transition(long id, long expectedVersion, MailboxState target, String note) {
        return single(id, expectedVersion, "move to " + target,
                m -> transitioned(m, target, note.strip(), project.method(), LocalDate.now(clock)));
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public Mailbox recordPostMigration(long id, long expectedVersion, PostMigration steps) {
        return single(id, expectedVersion, "post-migration steps", m -> {
            if (steps.umReenabled() && !m.umWasEnabled()) {
                return "UM was never enabled on this mailbox";
            }
            if (steps.licenceAssignedOn() != null && steps.licenceAssignedOn().isAfter(LocalDate.now(clock))) {
                return "the licence date lies in the future";
            }
            return m.withPostMigration(steps.cloudCreatedOn(), steps.licenceAssignedOn(), steps.umReenabled(),
                    steps.outlookProfileReconfigured(), m.mailUserConverted());
        });
    }

    /** The user-facing step helpdesk may tick: the user's Outlook profile is set up again. */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN', 'HELPDESK')")
    public Mailbox markOutlookProfileReconfigured(long id, long expectedVersion, boolean reconfigured) {
        return single(id, expectedVersion, "Outlook profile", m -> m.withPostMigration(m.cloudCreatedOn(),
                m.licenceAssignedOn(), m.umReenabled(), reconfigured, m.mailUserConverted()));
    }

    /** Receive As on a mailbox database: true for every mailbox in it. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public BulkResult setReceiveAs(String database, boolean granted) {
        if (database.isBlank()) {
            throw new IllegalArgumentException("Name the mailbox database");
        }
        // the mailboxes first, while they still show the old value, so that their history says old -> new
        var result = apply((granted ? "grant" : "revoke") + " Receive As on database " + database.strip(),
                store.idsInDatabase(database.strip()), Map.of(), new ArrayList<>(),
                m -> m.withPermissions(m.fullAccess(), granted, m.writeProperty()), project.method());
        store.setReceiveAs(database.strip(), granted, actor(), clock.instant());
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
            apply("recompute readiness", chunk, Map.of(), new ArrayList<>(), m -> m, method, actor, UUID.randomUUID(), true);
        }
    }

    /** Recomputes readiness as part of a larger operation (an import) that publishes its own event. */
    void recomputeReadiness(List<Long> ids, String actor, UUID operation) {
        var method = project.method();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            var chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            apply("recompute readiness", chunk, Map.of(), new ArrayList<>(), m -> m, method, actor, operation, false);
        }
    }

    private Mailbox single(long id, long expectedVersion, String what, Function<Mailbox, Object> change) {
        var result = apply(what, List.of(id), Map.of(id, expectedVersion), new ArrayList<>(), change, project.method());
        if (!result.refusals().isEmpty()) {
            var refusal = result.refusals().getFirst();
            if (refusal.reason().startsWith("changed by")) {
                throw new MailboxConflict(refusal.primaryAddress() + " was " + refusal.reason());
            }
            throw new IllegalArgumentException(refusal.primaryAddress() + ": " + refusal.reason());
        }
        return store.findById(id).orElseThrow();
    }

    private BulkResult apply(String what, List<Long> ids, Map<Long, Long> expectedVersions,
                             List<BulkResult.Refusal> refusals, Function<Mailbox, Object> change, MigrationMethod method) {
        return apply(what, ids, expectedVersions, refusals, change, method, actor(), UUID.randomUUID(), true);
    }

    /** @param change returns the changed mailbox, or a String: the reason the change is refused */
    private BulkResult apply(String what, List<Long> ids, Map<Long, Long> expectedVersions,
                             List<BulkResult.Refusal> refusals, Function<Mailbox, Object> change, MigrationMethod method,
                             String actor, UUID operation, boolean publish) {
        var now = clock.instant();
        var locked = store.lock(ids);
        if (locked.size() < ids.size()) {
            var found = new java.util.HashSet<Long>();
            locked.forEach(m -> found.add(m.id()));
            ids.stream().filter(id -> !found.contains(id))
                    .forEach(id -> refusals.add(new BulkResult.Refusal("#" + id, "no such mailbox")));
        }
        var changed = new ArrayList<Mailbox>();
        var history = new ArrayList<HistoryEntry>();
        int unchanged = 0;
        for (var before : locked) {
            Long expected = expectedVersions.get(before.id());
            if (expected != null && expected != before.version()) {
                refusals.add(new BulkResult.Refusal(before.primaryAddress(),
                        "changed by " + before.updatedBy() + " at " + before.updatedAt() + " since it was loaded"));
                continue;
            }
            Object outcome = change.apply(before);
            if (outcome instanceof String reason) {
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
            throw new MailboxConflict("Some mailboxes changed while this action ran; nothing was saved, try again");
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
        if (target == MailboxState.SYNCING && moved.cloudCreatedOn() == null) {
            // the cloud mailbox exists from the first sync: the 30-day licence grace period starts here
            moved = moved.withPostMigration(today, moved.licenceAssignedOn(), moved.umReenabled(),
                    moved.outlookProfileReconfigured(), moved.mailUserConverted());
        }
        if (target == MailboxState.CONVERTED_TO_MAIL_USER) {
            moved = moved.withPostMigration(moved.cloudCreatedOn(), moved.licenceAssignedOn(), moved.umReenabled(),
                    moved.outlookProfileReconfigured(), true);
        }
        return moved;
    }

    static String actor() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? "system" : authentication.getName();
    }

}
