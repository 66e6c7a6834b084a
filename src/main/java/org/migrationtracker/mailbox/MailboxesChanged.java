package org.migrationtracker.mailbox;

import org.migrationtracker.live.LiveEvent;
import org.springframework.modulith.NamedInterface;

import java.util.List;
import java.util.UUID;

/** Published after mailboxes were changed; a bulk action is one event with its operation id. */
@NamedInterface(name = "events", propagate = true)
public record MailboxesChanged(UUID operationId, List<Long> mailboxIds) implements LiveEvent {

    public MailboxesChanged {
        mailboxIds = List.copyOf(mailboxIds);
    }

    /** Without ids: receivers treat it as "any mailbox may have changed" and reload what they show. */
    @Override
    public LiveEvent compact() {
        return new MailboxesChanged(operationId, List.of());
    }

    /** Whether the ids are all there (false after {@link #compact()}). */
    public boolean listsIds() {
        return !mailboxIds.isEmpty();
    }
}
