package org.migrationtracker.mailbox;

import org.migrationtracker.i18n.Message;
import org.migrationtracker.i18n.Refused;
import org.migrationtracker.project.MigrationMethod;
import org.migrationtracker.project.ProjectService;
import org.migrationtracker.security.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * Runs one change over many mailboxes for the mailbox services: locks the rows, checks each one's version and the
 * change's guards, recomputes readiness, writes the changed rows and their history, and publishes one
 * {@link MailboxesChanged} (after commit). Called inside the services' transactions; no security of its own.
 */
@Component
class MailboxWrites {

    private static final int CHUNK = 5_000;
    private static final String CHANGED_SINCE_LOADED = "bulk.changed-since-loaded";

    private final MailboxStore store;
    private final DirectoryStore directories;
    private final ProjectService project;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final CurrentUser currentUser;

    MailboxWrites(MailboxStore store, DirectoryStore directories, ProjectService project, ApplicationEventPublisher events,
                  Clock clock, CurrentUser currentUser) {
        this.store = store;
        this.directories = directories;
        this.project = project;
        this.events = events;
        this.clock = clock;
        this.currentUser = currentUser;
    }

    MigrationMethod method() {
        return project.method();
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    String actor() {
        return currentUser.actor();
    }

    List<Long> resolve(BulkTarget target, Map<Long, Long> expectedVersions, List<BulkResult.Refusal> refusals) {
        if (target.selection() != null) {
            expectedVersions.putAll(target.selection());
            return List.copyOf(target.selection().keySet());
        }
        if (target.ids() != null) {
            return target.ids();
        }
        if (target.addresses() != null) {
            var matches = directories.find(target.addresses().stream().map(MailboxWrites::key).toList());
            var ids = new ArrayList<Long>();
            for (String address : target.addresses()) {
                var found = matches.found().get(key(address));
                if (found != null) {
                    ids.add(found.id());
                } else if (matches.shared().contains(key(address))) {
                    refusals.add(BulkResult.Refusal.of(address, "bulk.address-shared"));
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

    private static String key(String address) {
        return address.strip().toLowerCase(Locale.ROOT);
    }

    /** One mailbox, at the version the caller saw; a refusal is thrown, a stale version as a conflict. */
    Mailbox single(long id, long expectedVersion, Message what, Function<Mailbox, Outcome> change) {
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

    /**
     * Recomputes readiness (and the state that follows it) for these mailboxes, in chunks, as one operation.
     *
     * @param publish whether to announce the change; an import that recomputes as part of itself announces its own
     */
    void recomputeReadiness(List<Long> ids, String actor, UUID operation, boolean publish) {
        var method = project.method();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            var chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            apply(Message.of("bulk.action.recompute"), chunk, Map.of(), new ArrayList<>(), Outcome::changed, method, actor,
                    operation, publish);
        }
    }

    BulkResult apply(Message what, List<Long> ids, Map<Long, Long> expectedVersions,
                     List<BulkResult.Refusal> refusals, Function<Mailbox, Outcome> change, MigrationMethod method) {
        return apply(what, ids, expectedVersions, refusals, change, method, currentUser.actor(), UUID.randomUUID(), true);
    }

    BulkResult apply(Message what, List<Long> ids, Map<Long, Long> expectedVersions,
                     List<BulkResult.Refusal> refusals, Function<Mailbox, Outcome> change, MigrationMethod method,
                     String actor, UUID operation, boolean publish) {
        var now = clock.instant();
        var locked = store.lock(ids);
        if (locked.size() < ids.size()) {
            var found = new HashSet<Long>();
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
                refusals.add(BulkResult.Refusal.of(before.primaryAddress(), CHANGED_SINCE_LOADED, before.lastChange().by(),
                        before.lastChange().at()));
                continue;
            }
            switch (change.apply(before)) {
                case Outcome.Refused(Message reason) -> refusals.add(new BulkResult.Refusal(before.primaryAddress(), reason));
                case Outcome.Changed(Mailbox outcome) -> {
                    var after = outcome.withLifecycle(outcome.lifecycle().withReadiness(Readiness.of(outcome.facts(), method)));
                    if (after.equals(before)) {
                        unchanged++;
                    } else {
                        changed.add(after);
                        history.addAll(MailboxChanges.between(before, after, actor, now, operation));
                    }
                }
            }
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

    /** The mailbox moved to the target state through the lifecycle's guards, with what the move sets besides. */
    static Outcome transitioned(Mailbox m, MailboxState target, String note, MigrationMethod method, LocalDate today) {
        var refusal = Lifecycle.refusal(m, target, method, note);
        if (refusal.isPresent()) {
            return Outcome.refused(refusal.get());
        }
        var moved = m.withLifecycle(m.lifecycle().movedTo(target,
                target == MailboxState.FAILED || target == MailboxState.SKIPPED ? note : ""));
        if (target == MailboxState.SYNCING) {
            moved = cloudUserCreatedByTheMove(moved, method, today);
        }
        if (target == MailboxState.CONVERTED_TO_MAIL_USER) {
            moved = moved.withPostMigration(moved.postMigration().withMailUserConverted(true));
        }
        return Outcome.changed(moved);
    }

    /**
     * The licence clock runs from the creation of the cloud user (002). A cutover migration creates the cloud users
     * itself when it starts, so its first sync is that day; with directory synchronisation (staged, hybrid) the users
     * exist before any batch, and their creation date comes from the cloud-user import, never from a sync.
     */
    static Mailbox cloudUserCreatedByTheMove(Mailbox m, MigrationMethod method, LocalDate today) {
        if (method != MigrationMethod.CUTOVER || m.postMigration().cloudCreatedOn() != null) {
            return m;
        }
        return m.withPostMigration(m.postMigration().withCloudAccount(today, m.postMigration().licenceAssignedOn()));
    }
}
