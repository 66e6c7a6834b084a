package org.migrationtracker.mailbox;

import org.migrationtracker.i18n.Message;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An admin's edits of a mailbox's own details, beside its state and steps (MailboxService): checked under the
 * mailbox's version, with history and one event, through the same path as every other change.
 */
@Service
public class MailboxDetails {

    private final MailboxService mailboxes;

    MailboxDetails(MailboxService mailboxes) {
        this.mailboxes = mailboxes;
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public Mailbox setPreferredLanguage(long id, long expectedVersion, PreferredLanguage language) {
        return mailboxes.single(id, expectedVersion, Message.of("bulk.action.preferred-language"),
                m -> m.withPreferredLanguage(language));
    }
}
