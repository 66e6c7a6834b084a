package org.migrationtracker.dashboard;

import org.jspecify.annotations.Nullable;
import org.migrationtracker.batch.BatchChanged;
import org.migrationtracker.batch.BatchLateness;
import org.migrationtracker.batch.BatchService;
import org.migrationtracker.batch.BatchStatus;
import org.migrationtracker.batch.RemovalGuard;
import org.migrationtracker.live.LiveResync;
import org.migrationtracker.live.LiveUpdates;
import org.migrationtracker.mailbox.MailboxFilter;
import org.migrationtracker.mailbox.MailboxFigures;
import org.migrationtracker.mailbox.MailboxSearch;
import org.migrationtracker.mailbox.MailboxSort;
import org.migrationtracker.mailbox.MailboxState;
import org.migrationtracker.mailbox.MailboxesChanged;
import org.migrationtracker.plan.PlanChanged;
import org.migrationtracker.plan.PlanService;
import org.migrationtracker.project.EndpointsChanged;
import org.migrationtracker.project.ProjectService;
import org.migrationtracker.project.ProjectSettingsChanged;
import jakarta.annotation.PreDestroy;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * The dashboard's figures, computed on demand and kept until the next change anywhere (in this instance or,
 * through the relay, another): every open dashboard shares one computation per change.
 */
@Service
public class DashboardService {

    /** How many of the plan's next steps due the dashboard lists. */
    public static final int NEXT_STEPS = 5;

    /** Licences whose deadline falls within this many days are due. */
    public static final int LICENCE_WARNING_DAYS = 7;


    private final MailboxFigures mailboxes;

    private final MailboxSearch search;
    private final BatchService batches;
    private final ProjectService project;
    private final PlanService plan;
    private final Clock clock;
    private final AtomicLong computations = new AtomicLong();
    /** Open dashboards compute the figures at most this often, however many changes come (docs/adr/0043). */
    private final Duration screenInterval;
    /** The last figures computed, with the generation they are of; a newer change makes them stale, not gone. */
    private volatile @Nullable Computed cached;
    /** Bumped by every change: figures computed while a change happened are stale from the start. */
    private final AtomicLong generation = new AtomicLong();
    private final ApplicationEventPublisher events;
    private final AtomicBoolean refreshPending = new AtomicBoolean();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        var thread = new Thread(runnable, "dashboard-refresh");
        thread.setDaemon(true);
        return thread;
    });

    private record Computed(DashboardFigures figures, long generation, long atNanos) {
    }

    DashboardService(MailboxFigures mailboxes, MailboxSearch search, BatchService batches, ProjectService project, PlanService plan, Clock clock,
                     LiveUpdates live, ApplicationEventPublisher events,
                     @Value("${tracker.dashboard.refresh-interval:1s}") Duration screenInterval) {
        if (screenInterval.isNegative()) {
            throw new IllegalArgumentException("tracker.dashboard.refresh-interval must not be negative: " + screenInterval);
        }
        this.screenInterval = screenInterval;
        this.events = events;
        this.mailboxes = mailboxes;
        this.search = search;
        this.plan = plan;
        this.batches = batches;
        this.project = project;
        this.clock = clock;
        live.subscribe(Object.class, Runnable::run, event -> {
            if (event instanceof MailboxesChanged || event instanceof BatchChanged || event instanceof ProjectSettingsChanged
                    || event instanceof PlanChanged || event instanceof EndpointsChanged || event instanceof LiveResync) {
                generation.incrementAndGet();
            }
        });
    }

    /** The figures as of now: computed again when anything changed since they were (the CSV, the API, the tests). */
    @PreAuthorize("hasAnyRole('LEAD', 'ADMIN')")
    public DashboardFigures figures() {
        var last = cached;
        if (last != null && last.generation() == generation.get() && ofToday(last.figures())) {
            return last.figures();
        }
        synchronized (this) {
            var current = cached;
            if (current != null && current.generation() == generation.get() && ofToday(current.figures())) {
                return current.figures();
            }
            long seen = generation.get();
            long at = System.nanoTime();
            var computed = compute();
            cached = new Computed(computed, seen, at);
            return computed;
        }
    }

    /**
     * The figures for a dashboard being opened or open: those of the last computation while it is less than
     * {@link #screenInterval()} old, even when changes came since; {@link DashboardStale} then tells every dashboard to ask again when the
     * interval has passed. Forty admins' bulk actions a few seconds apart make a dozen changes a second; the
     * aggregates over 100,000 mailboxes run at most once a second for all screens together.
     */
    @PreAuthorize("hasAnyRole('LEAD', 'ADMIN')")
    public DashboardFigures latest() {
        var last = cached;
        if (last != null && ofToday(last.figures()) && last.generation() != generation.get()) {
            long left = screenInterval.toNanos() - (System.nanoTime() - last.atNanos());
            if (left > 0) {
                if (refreshPending.compareAndSet(false, true)) {
                    timer.schedule(() -> {
                        refreshPending.set(false);
                        events.publishEvent(new DashboardStale());
                    }, left, TimeUnit.NANOSECONDS);
                }
                return last.figures();
            }
        }
        return figures();
    }

    @PreDestroy
    void stop() {
        timer.shutdownNow();
    }

    /** What is late and due depends on the day: figures of an earlier day are computed again, change or not. */
    private boolean ofToday(DashboardFigures figures) {
        return LocalDate.ofInstant(figures.computedAt(), clock.getZone()).equals(LocalDate.now(clock));
    }

    /** How long an open dashboard's figures may be behind the changes at most ({@code tracker.dashboard.refresh-interval}). */
    @PreAuthorize("hasAnyRole('LEAD', 'ADMIN')")
    public Duration screenInterval() {
        return screenInterval;
    }

    /** How many times the figures were computed (a figure for tests and the benchmark). */
    public long computationCount() {
        return computations.get();
    }

    private DashboardFigures compute() {
        computations.incrementAndGet();
        var today = LocalDate.now(clock);
        // one pass over the mailboxes for the states, the blockers, the batches' counts and the plan's tally
        var overview = mailboxes.overview();
        var states = overview.states();
        var completions = mailboxes.completionsPerDay();
        var board = batches.board(overview.byBatch());
        var planned = board.stream().filter(o -> o.batch().getStatus() != BatchStatus.REMOVED)
                .map(o -> o.batch().getPlannedEnd() != null ? o.batch().getPlannedEnd() : o.batch().getPlannedStart())
                .filter(Objects::nonNull).max(LocalDate::compareTo).orElse(null);
        var settings = project.current();
        var removals = board.stream()
                .filter(o -> o.batch().getStatus() == BatchStatus.COMPLETED || o.batch().getStatus() == BatchStatus.COMPLETED_WITH_ERRORS)
                .map(o -> new DashboardFigures.Removal(o.batch().getName(),
                        settings.getMxChangedAt() == null ? null : settings.getMxChangedAt().plus(RemovalGuard.MX_WAIT),
                        batches.removalBlockers(o, settings)))
                .toList();
        var late = board.stream().flatMap(o -> Stream.ofNullable(BatchLateness.of(o, today))
                .map(lateness -> new DashboardFigures.LateBatch(o, lateness))).toList();
        var failed = search.page(MailboxFilter.all().withStates(Set.of(MailboxState.FAILED)), MailboxSort.UPDATED, false, 0, 10);
        int remaining = remaining(states);
        var steps = plan.plan(board, overview.tally());
        var next = steps.upcoming().stream().filter(item -> !item.late()).limit(NEXT_STEPS).toList();
        return new DashboardFigures(states, planned, Forecast.finish(remaining, completions, today).orElse(null),
                Forecast.pace(completions, today), completions, board, overview.blockers(),
                mailboxes.licencesDueCount(today.plusDays(LICENCE_WARNING_DAYS)),
                mailboxes.licencesDue(today.plusDays(LICENCE_WARNING_DAYS), 10), removals, failed, clock.instant(),
                steps.late(), next, late, settings.getOrganisationName());
    }

    /** Mailboxes still to move: neither moved nor skipped. */
    private static int remaining(Map<MailboxState, Integer> states) {
        return states.entrySet().stream().filter(e -> !e.getKey().isMoved() && e.getKey() != MailboxState.SKIPPED)
                .mapToInt(Map.Entry::getValue).sum();
    }
}
