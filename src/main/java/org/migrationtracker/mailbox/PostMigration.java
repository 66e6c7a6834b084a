package org.migrationtracker.mailbox;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

import static org.migrationtracker.mailbox.MailboxColumns.*;

/**
 * The steps after a mailbox's move: its creation in the cloud, its licence, UM turned on again, the Outlook profile
 * and (staged) the conversion to a mail user. An admin records the first four ({@link MailboxEdits#recordPostMigration});
 * the cloud user import and the conversion record the others.
 */
public record PostMigration(@Nullable LocalDate cloudCreatedOn, @Nullable LocalDate licenceAssignedOn,
                            boolean umReenabled, boolean outlookProfileReconfigured, boolean mailUserConverted) {

    static PostMigration of(MailboxValues v) {
        return new PostMigration(v.get(CLOUD_CREATED_ON), v.get(LICENCE_ASSIGNED_ON), v.get(UM_REENABLED),
                v.get(OUTLOOK_PROFILE_RECONFIGURED), v.get(MAIL_USER_CONVERTED));
    }

    /** The steps an admin records by hand; the conversion is recorded by the conversion itself. */
    public static PostMigration recorded(@Nullable LocalDate cloudCreatedOn, @Nullable LocalDate licenceAssignedOn,
                                         boolean umReenabled, boolean outlookProfileReconfigured) {
        return new PostMigration(cloudCreatedOn, licenceAssignedOn, umReenabled, outlookProfileReconfigured, false);
    }

    /** The admin's steps from {@code recorded}, keeping whether the mailbox was converted. */
    PostMigration withStepsOf(PostMigration recorded) {
        return new PostMigration(recorded.cloudCreatedOn, recorded.licenceAssignedOn, recorded.umReenabled,
                recorded.outlookProfileReconfigured, mailUserConverted);
    }

    PostMigration withCloudAccount(@Nullable LocalDate created, @Nullable LocalDate licence) {
        return new PostMigration(created, licence, umReenabled, outlookProfileReconfigured, mailUserConverted);
    }

    PostMigration withOutlookProfileReconfigured(boolean reconfigured) {
        return new PostMigration(cloudCreatedOn, licenceAssignedOn, umReenabled, reconfigured, mailUserConverted);
    }

    PostMigration withMailUserConverted(boolean converted) {
        return new PostMigration(cloudCreatedOn, licenceAssignedOn, umReenabled, outlookProfileReconfigured, converted);
    }
}
