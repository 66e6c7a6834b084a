package org.migrationtracker.batch;

import org.migrationtracker.i18n.Message;
import org.migrationtracker.mailbox.MailUserConversion;
import org.migrationtracker.mailbox.MailUserConversions;
import org.migrationtracker.project.MigrationMethod;
import org.migrationtracker.project.ProjectService;
import org.migrationtracker.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * What an admin downloads to convert a batch's completed mailboxes to mail users (staged only, seed 002 task 8): the
 * list as CSV and the script for the Exchange Management Shell. The tracker runs nothing against Exchange; each
 * export is recorded in the batch's history, and the recipients import later records what Exchange did.
 */
@Service
public class ConversionExportService {

    private final MigrationBatchRepository batches;
    private final BatchHistory history;
    private final MailUserConversions conversions;
    private final ProjectService project;
    private final Clock clock;
    private final CurrentUser currentUser;

    ConversionExportService(MigrationBatchRepository batches, BatchHistory history, MailUserConversions conversions,
                            ProjectService project, Clock clock, CurrentUser currentUser) {
        this.batches = batches;
        this.history = history;
        this.conversions = conversions;
        this.project = project;
        this.clock = clock;
        this.currentUser = currentUser;
    }

    /** Whether the batch has anything to convert: a staged project and at least one completed mailbox in it. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public boolean offered(String name) {
        var batch = batches.findByName(name.strip());
        return project.method() == MigrationMethod.STAGED && batch.isPresent() && conversions.waitingIn(batch.get().getId()) > 0;
    }

    /** {@code Identity,DisplayName,TargetAddress,EmailAddresses} for the batch's completed mailboxes. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public byte[] csv(String name) {
        var plan = plan(name);
        byte[] file = ConversionCsv.write(plan.conversions());
        record(plan, BatchHistoryEntry.CONVERSION_CSV);
        return file;
    }

    /** The PowerShell script for the batch's completed mailboxes, to review and run on-premises. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public byte[] script(String name) {
        var plan = plan(name);
        byte[] file = ConversionScript.write(plan.batch().getName(), clock.instant().atZone(clock.getZone()), currentUser.actor(),
                plan.conversions());
        record(plan, BatchHistoryEntry.CONVERSION_SCRIPT);
        return file;
    }

    private record Plan(MigrationBatch batch, List<MailUserConversion> conversions) {
    }

    private Plan plan(String name) {
        var batch = batches.named(name);
        var method = project.method();
        var what = Message.of("conversion.none", batch.getName());
        if (method != MigrationMethod.STAGED) {
            throw new BatchRefused(what, Message.of("lifecycle.convert-staged-only", Message.of("method." + method.name())));
        }
        var planned = conversions.plannedIn(batch.getId());
        if (planned.isEmpty()) {
            throw new BatchRefused(what, Message.of("conversion.none-completed", batch.getName()));
        }
        return new Plan(batch, planned);
    }

    /** Who exported which batch's conversion when, and for how many mailboxes. */
    private void record(Plan plan, String kind) {
        history.record(plan.batch().getId(), clock.instant(), currentUser.actor(), UUID.randomUUID(), "conversion exported",
                null, plan.conversions().size() + kind);
    }
}
