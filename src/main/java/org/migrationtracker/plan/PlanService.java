package org.migrationtracker.plan;

import org.jspecify.annotations.Nullable;
import org.migrationtracker.batch.BatchOverview;
import org.migrationtracker.i18n.Message;
import org.migrationtracker.mailbox.MailboxTally;
import org.migrationtracker.project.MigrationMethod;
import org.migrationtracker.project.ProjectService;
import org.migrationtracker.security.CurrentUser;
import org.migrationtracker.security.TrackerUserName;
import org.migrationtracker.security.TrackerUserService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The project plan's checklist: everyone reads it, admins and the project lead edit its steps. The MX switch step
 * writes the project's MX record, which the removal guard reads.
 */
@Service
public class PlanService {

    static final int HISTORY_LIMIT = 200;

    private final PlanStore store;
    private final PlanFactsReader facts;
    private final ProjectService project;
    private final TrackerUserService users;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final CurrentUser currentUser;

    PlanService(PlanStore store, PlanFactsReader facts, ProjectService project, TrackerUserService users,
                ApplicationEventPublisher events, Clock clock, CurrentUser currentUser) {
        this.store = store;
        this.facts = facts;
        this.project = project;
        this.users = users;
        this.events = events;
        this.clock = clock;
        this.currentUser = currentUser;
    }

    /** The checklist for the chosen method, with what the tracker finds for its own steps. */
    public record Plan(MigrationMethod method, List<PlanItem> items, PlanFacts facts, List<Timeline.BatchDates> batchDates) {

        public Plan {
            items = List.copyOf(items);
            batchDates = List.copyOf(batchDates);
        }

        /** A plan without batches' dates (its timeline shows only the steps and licences). */
        public Plan(MigrationMethod method, List<PlanItem> items, PlanFacts facts) {
            this(method, items, facts, List.of());
        }

        /** The step's line; empty for a step the method does not need and nobody worked on. */
        public Optional<PlanItem> find(Step step) {
            return items.stream().filter(i -> i.step() == step).findFirst();
        }

        public PlanItem item(Step step) {
            return find(step)
                    .orElseThrow(() -> new StepRefused(step, List.of(Message.of("plan.step-not-in-plan", Message.of(step.messageKey())))));
        }

        /** Steps not finished whose due day passed. */
        public List<PlanItem> late() {
            return items.stream().filter(PlanItem::late).toList();
        }

        /** Steps not finished with a due day, the earliest first. */
        public List<PlanItem> upcoming() {
            return items.stream().filter(i -> i.applies() && !i.finished() && i.dueOn() != null)
                    .sorted(Comparator.comparing(PlanItem::dueOn)).toList();
        }
    }

    /** A saved step and what its values warn about. */
    public record Saved(PlanItem item, List<Message> warnings) {
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Plan plan() {
        return plan(facts.read());
    }

    /** The plan over a batch board and a tally the caller has just read (the dashboard reads them once for both). */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Plan plan(List<BatchOverview> board, MailboxTally tally) {
        return plan(facts.read(board, tally));
    }

    private Plan plan(PlanFactsReader.Read read) {
        var known = read.facts();
        return new Plan(known.method(), PlanItem.compose(store.all(), known, today()), known, read.batchDates());
    }

    /** The milestones in date order: batches, due and done steps, the MX switch and its 72 hours, licence deadlines. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<Milestone> timeline() {
        return timeline(plan());
    }

    /** The milestones of a plan just read (a screen showing both reads the plan once). */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<Milestone> timeline(Plan plan) {
        return Timeline.of(plan, plan.batchDates(), facts.licenceDeadlines(), today(), clock.getZone());
    }

    /** The status a step shows now: its record's, for the MX step the project's MX record's (see {@link PlanItem}). */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public StepStatus shownStatus(Step step) {
        var recorded = store.find(step).map(StepRecord::status).orElse(StepStatus.OPEN);
        if (step != Step.MX_SWITCH) {
            return recorded;
        }
        var settings = project.current();
        return PlanItem.mxStatus(recorded, settings.isMxPointsToCloud(), settings.getMxChangedAt());
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<StepHistoryEntry> history(Step step) {
        return store.history(step, HISTORY_LIMIT);
    }

    /** The tracker users who can own a step (enabled), by user name. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<TrackerUserName> owners() {
        // not TrackerUserService.findAll: that is for admins, and leads name owners too
        return users.enabledNames();
    }

    /**
     * Saves a step's status, owner, due day, note and values. Refused, with every reason and nothing saved, when a
     * value is wrong, when the step is done too early (the TXT record's 15 minutes) or lacks what "done" needs;
     * a conflict when someone saved the step since {@code expectedVersion}.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN', 'LEAD')")
    public Saved update(Step step, long expectedVersion, StepChange change) {
        var now = clock.instant();
        var before = store.find(step).orElse(StepRecord.untouched(step));
        if (before.version() != expectedVersion) {
            throw new PlanConflict(Message.of("plan.conflict", Message.of(step.messageKey()), before.updatedBy(),
                    before.updatedAt() == null ? now : before.updatedAt()));
        }
        var problems = new ArrayList<Message>();
        if (!before.touched() && !step.appliesTo(project.method())) {
            problems.add(Message.of("plan.step-not-in-plan", Message.of(step.messageKey())));
        }
        var known = change.owner() == null ? null : owners().stream().map(TrackerUserName::username)
                .filter(name -> name.equalsIgnoreCase(change.owner())).findFirst().orElse(null);
        if (change.owner() != null && known == null && !change.owner().equalsIgnoreCase(before.owner() == null ? "" : before.owner())) {
            problems.add(Message.of("plan.owner-unknown", change.owner()));
        }
        String verifiedDomain = step == Step.VERIFY_DOMAIN ? change.values().get(StepField.DOMAIN)
                : store.find(Step.VERIFY_DOMAIN).map(r -> r.value(StepField.DOMAIN)).orElse(null);
        // without a verified domain on the plan, the project's SMTP domains are the tenant's namespace
        var namespaces = verifiedDomain != null ? List.of(verifiedDomain) : project.current().getSmtpDomains();
        var verdict = StepRules.check(step, change, namespaces, now);
        problems.addAll(verdict.problems());
        if (!problems.isEmpty()) {
            throw new StepRefused(step, problems, verdict.atFields());
        }
        String actor = currentUser.name();
        var owner = known != null ? known : change.owner();
        var saved = new StepRecord(step, change.status(), owner, change.dueOn(), doneAt(step, before, change, now),
                change.note(), change.values(), now, actor, before.version() + 1);
        if (!store.save(saved, expectedVersion)) {
            var current = store.find(step).orElse(before);
            throw new PlanConflict(Message.of("plan.conflict", Message.of(step.messageKey()), current.updatedBy(),
                    current.updatedAt() == null ? now : current.updatedAt()));
        }
        if (step == Step.MX_SWITCH) {
            try {
                recordMx(change);
            } catch (OptimisticLockingFailureException e) {
                // the project settings were saved at the same moment: nothing of this change is kept
                throw new PlanConflict(Message.of("plan.conflict-settings"));
            }
        }
        store.recordHistory(step, now, actor, changes(before, saved));
        events.publishEvent(new PlanChanged(step.name()));
        var plan = plan();
        return new Saved(plan.find(step)
                .orElseGet(() -> PlanItem.of(step, saved, plan.facts(), today())), verdict.warnings());
    }

    /**
     * The MX step done writes the project's MX record when its time differs; reopened (open or in progress) it
     * clears it. Not applicable leaves the record alone: the MX record may have moved without the plan.
     */
    private void recordMx(StepChange change) {
        var settings = project.current();
        if (change.status() == StepStatus.DONE) {
            var at = StepRules.time(change.values().get(StepField.MX_SWITCHED_AT)).orElseThrow();
            if (!settings.isMxPointsToCloud() || !at.equals(settings.getMxChangedAt())) {
                project.recordMxSwitch(true, at);
            }
        } else if (change.status() != StepStatus.NOT_APPLICABLE && settings.isMxPointsToCloud()) {
            project.recordMxSwitch(false, null);
        }
    }

    private static @Nullable Instant doneAt(Step step, StepRecord before, StepChange change, Instant now) {
        if (change.status() != StepStatus.DONE) {
            return null;
        }
        if (step == Step.MX_SWITCH) {
            return StepRules.time(change.values().get(StepField.MX_SWITCHED_AT)).orElse(now);
        }
        if (change.doneAt() != null) {
            return change.doneAt();
        }
        return before.status() == StepStatus.DONE && before.doneAt() != null ? before.doneAt() : now;
    }

    private static List<StepHistoryEntry> changes(StepRecord before, StepRecord after) {
        var changes = new ArrayList<StepHistoryEntry>();
        var at = Objects.requireNonNull(after.updatedAt());
        add(changes, at, after.updatedBy(), "status", before.status().name(), after.status().name());
        add(changes, at, after.updatedBy(), "owner", before.owner(), after.owner());
        add(changes, at, after.updatedBy(), "dueOn", text(before.dueOn()), text(after.dueOn()));
        add(changes, at, after.updatedBy(), "note", before.note(), after.note());
        add(changes, at, after.updatedBy(), "doneAt", before.doneAt() == null ? null : before.doneAt().toString(),
                after.doneAt() == null ? null : after.doneAt().toString());
        for (var field : after.step().fields()) {
            add(changes, at, after.updatedBy(), field.name(), before.value(field), after.value(field));
        }
        return changes;
    }

    private static void add(List<StepHistoryEntry> changes, Instant at, String actor, String field,
                            @Nullable String before, @Nullable String after) {
        String was = before == null || before.isEmpty() ? null : before;
        String now = after == null || after.isEmpty() ? null : after;
        if (!Objects.equals(was, now)) {
            changes.add(new StepHistoryEntry(at, actor, field, was, now));
        }
    }

    private static @Nullable String text(@Nullable LocalDate day) {
        return day == null ? null : day.toString();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
