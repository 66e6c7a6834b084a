package org.migrationtracker.mailbox;

import org.springframework.modulith.NamedInterface;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * The inventory counted for other modules' overviews: states, blockers, completions per day and licences falling due
 * for the dashboard; the tally and the licence deadlines for the project plan; the overview of them all in one.
 */
@Service
@NamedInterface(name = "figures", propagate = true)
public class MailboxFigures {

    private final FiguresStore store;
    private final Clock clock;

    MailboxFigures(FiguresStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** States, blockers, the plan's tally and every batch's counts from one pass over the mailboxes. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public MailboxOverview overview() {
        return store.overview();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public SortedMap<LocalDate, Integer> completionsPerDay() {
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

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public MailboxTally tally() {
        return store.tally();
    }

    /** Moved user mailboxes without a licence per 30-day deadline (the cloud user's creation day + 30), earliest first. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public SortedMap<LocalDate, Integer> licenceDeadlines() {
        return store.licenceDeadlines();
    }
}
