package org.migrationtracker.plan;

import org.jspecify.annotations.Nullable;
import org.migrationtracker.i18n.Message;
import org.migrationtracker.project.MigrationMethod;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What the tracker knows that decides its own steps: the settings, the mailboxes to move and the batches, read
 * once per checklist.
 *
 * @param mailboxes           every mailbox in the inventory that is not skipped
 * @param toMigrate           of those, how many are not migrated yet (not completed)
 * @param umEnabled           mailboxes not yet in a running batch whose UM is still enabled
 * @param lackingPermissions  mailboxes not yet in a running batch the migration admin lacks a permission on
 * @param licencesMissing     moved user mailboxes without a licence
 * @param nearestLicenceDeadline the earliest 30-day deadline among them (null when no cloud creation day is known)
 * @param awaitingConversion  staged: completed mailboxes not yet converted to mail users
 * @param endpoints           the endpoints of the method's kind, by name
 * @param batches             batches that are not removed, with what keeps each from being removed
 */
public record PlanFacts(MigrationMethod method, boolean directorySync, boolean singleSignOn, boolean mxPointsToCloud,
                        @Nullable Instant mxChangedAt, int mailboxes, int toMigrate, int umEnabled,
                        int lackingPermissions, int licencesMissing, @Nullable LocalDate nearestLicenceDeadline,
                        int awaitingConversion, List<String> endpoints, List<BatchFact> batches, Instant now) {

    public PlanFacts {
        endpoints = List.copyOf(endpoints);
        batches = List.copyOf(batches);
    }

    /**
     * A batch on its way to removal.
     *
     * @param finished  Microsoft completed it (only finished batches can be removed)
     * @param blockers  what the removal guard says keeps it now; empty when it may be removed
     * @param removableAt when the 72-hour wait lets it go, if that is what it waits for
     */
    public record BatchFact(String name, boolean finished, List<Message> blockers, @Nullable Instant removableAt) {

        public BatchFact {
            blockers = List.copyOf(blockers);
        }
    }
}
