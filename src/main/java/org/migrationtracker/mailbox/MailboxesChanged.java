package org.migrationtracker.mailbox;

import java.util.List;
import java.util.UUID;

/** Published after mailboxes were changed; a bulk action is one event with its operation id. */
public record MailboxesChanged(UUID operationId, List<Long> mailboxIds) {

    public MailboxesChanged {
        mailboxIds = List.copyOf(mailboxIds);
    }
}
