package org.migrationtracker.mailbox;

import org.migrationtracker.i18n.Message;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An admin's edits of a mailbox's own details, beside its state and steps (MailboxEdits): checked under the
 * mailbox's version, with history and one event, through the same path as every other change.
 */
@Service
public class MailboxDetails {

    private final MailboxWrites writes;

    MailboxDetails(MailboxWrites writes) {
        this.writes = writes;
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public Mailbox setPreferredLanguage(long id, long expectedVersion, PreferredLanguage language) {
        return writes.single(id, expectedVersion, Message.of("bulk.action.preferred-language"),
                m -> Outcome.changed(m.withInventory(m.inventory().withPreferredLanguage(language))));
    }
}
