package org.migrationtracker.mailbox;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/** The inventory counted for the dashboard: states, blockers, completions per day and licences falling due. */
@Service
public class MailboxFigures {

    private final MailboxStore store;
    private final Clock clock;

    MailboxFigures(MailboxStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
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
}
