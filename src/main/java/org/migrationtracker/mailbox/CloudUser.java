package org.migrationtracker.mailbox;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/**
 * What the cloud directory (Entra ID) says about the user of a mailbox; null where the export does not say.
 *
 * @param createdOn when the cloud user was created: the 30 days to assign a licence start here, not at the first
 *                  sync (with directory synchronisation the user exists before any batch)
 * @param licensed  whether the user holds a licence
 */
record CloudUser(@Nullable LocalDate createdOn, @Nullable Boolean licensed) {

    /**
     * The mailbox as the cloud says it is. The cloud is the authority on licences: an unlicensed user has no licence
     * date. The export says whether a licence is assigned, not since when: a licence not yet recorded is recorded
     * as assigned today, and one already recorded keeps its date.
     */
    Mailbox applyTo(Mailbox mailbox, LocalDate today) {
        LocalDate created = createdOn == null ? mailbox.postMigration().cloudCreatedOn() : createdOn;
        LocalDate licence = mailbox.postMigration().licenceAssignedOn();
        if (licensed != null) {
            licence = !licensed ? null : licence == null ? today : licence;
        }
        return mailbox.withPostMigration(mailbox.postMigration().withCloudAccount(created, licence));
    }
}
