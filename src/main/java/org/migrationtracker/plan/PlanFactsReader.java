package org.migrationtracker.plan;

import org.migrationtracker.batch.BatchOverview;
import org.migrationtracker.batch.BatchService;
import org.migrationtracker.batch.BatchStatus;
import org.migrationtracker.batch.RemovalGuard;
import org.migrationtracker.i18n.Message;
import org.migrationtracker.mailbox.MailboxFigures;
import org.migrationtracker.mailbox.MailboxTally;
import org.migrationtracker.project.EndpointKind;
import org.migrationtracker.project.EndpointService;
import org.migrationtracker.project.MigrationEndpoint;
import org.migrationtracker.project.ProjectService;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;

/** Gathers the facts the plan's own checks read, from the modules that hold them (their public services). */
@Component
class PlanFactsReader {

    private static final Set<BatchStatus> FINISHED = Set.of(BatchStatus.COMPLETED, BatchStatus.COMPLETED_WITH_ERRORS);

    private final ProjectService project;
    private final EndpointService endpoints;
    private final MailboxFigures tallies;
    private final BatchService batches;
    private final Clock clock;

    PlanFactsReader(ProjectService project, EndpointService endpoints, MailboxFigures tallies, BatchService batches, Clock clock) {
        this.project = project;
        this.endpoints = endpoints;
        this.tallies = tallies;
        this.batches = batches;
        this.clock = clock;
    }


    SortedMap<LocalDate, Integer> licenceDeadlines() {
        return tallies.licenceDeadlines();
    }

    /** A finished batch the 72 hours alone keep: it can go when they end (anything else says nothing about when). */
    static boolean waitsOnlyForTime(boolean finished, List<Message> blockers) {
        return finished && RemovalGuard.onlyWaiting(blockers);
    }

    /** The facts and the batches' dates, from one read of the batch board. */
    record Read(PlanFacts facts, List<Timeline.BatchDates> batchDates) {
    }

    Read read() {
        return read(batches.board(), tallies.tally());
    }

    Read read(List<BatchOverview> board, MailboxTally tally) {
        var settings = project.current();
        var now = clock.instant();
        var kind = EndpointKind.of(settings.getMethod());
        var names = endpoints.list().stream().filter(e -> e.getKind() == kind).map(MigrationEndpoint::getName).toList();
        var mx = settings.isMxPointsToCloud() ? settings.getMxChangedAt() : null;
        var removableAt = mx == null ? null : mx.plus(RemovalGuard.MX_WAIT);
        var dates = board.stream().map(o -> new Timeline.BatchDates(o.batch().getName(), o.batch().getStatus(),
                o.batch().getPlannedStart(), o.batch().getStartedAt(), o.batch().getCompletedAt())).toList();
        var batchFacts = board.stream().filter(o -> o.batch().getStatus() != BatchStatus.REMOVED)
                .map(o -> {
                    boolean finished = FINISHED.contains(o.batch().getStatus());
                    var blockers = batches.removalBlockers(o, settings);
                    return new PlanFacts.BatchFact(o.batch().getName(), finished, blockers,
                            waitsOnlyForTime(finished, blockers) && removableAt != null && removableAt.isAfter(now) ? removableAt : null);
                })
                .toList();
        return new Read(new PlanFacts(settings.getMethod(), settings.isDirectorySync(), settings.isSingleSignOn(),
                settings.isMxPointsToCloud(), settings.getMxChangedAt(), tally.mailboxes(), tally.toMigrate(),
                tally.umEnabled(), tally.lackingPermissions(), tally.licencesMissing(), tally.nearestLicenceDeadline(),
                tally.awaitingConversion(), names, batchFacts, now), dates);
    }
}
