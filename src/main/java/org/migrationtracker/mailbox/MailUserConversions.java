package org.migrationtracker.mailbox;

import org.migrationtracker.project.ProjectService;
import org.springframework.modulith.NamedInterface;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/** Which of a batch's mailboxes wait for their conversion to mail users, and what each conversion asks of Exchange. */
@Service
@NamedInterface(name = "batches", propagate = true)
public class MailUserConversions {

    private final ConversionStore store;
    private final ProjectService project;

    MailUserConversions(ConversionStore store, ProjectService project) {
        this.store = store;
        this.project = project;
    }

    /** The batch's completed mailboxes (migrated, not yet converted) with their target and the addresses they keep. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public List<MailUserConversion> plannedIn(long batchId) {
        return store.completedIn(batchId, project.current().getRoutingDomain());
    }

    /** How many of the batch's mailboxes are completed and not yet converted. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public int waitingIn(long batchId) {
        return store.countCompletedIn(batchId);
    }
}
