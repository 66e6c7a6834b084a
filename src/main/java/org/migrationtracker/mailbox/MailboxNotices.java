package org.migrationtracker.mailbox;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The notices told to users, written into their mailboxes' history (field {@code notice}) so that the helpdesk card and
 * the history say what each user was told and when. Called by the notice module as it sends, signed in or by the
 * schedule: it records, it decides nothing.
 */
@Component
@NamedInterface(name = "notices", propagate = true)
public class MailboxNotices {

    /** The history field of a notice. */
    public static final String FIELD = "notice";

    /** A notice's outcome for one mailbox: its kind (ANNOUNCEMENT...), its language code and SENT or FAILED. */
    public record Told(long mailboxId, Instant at, String actor, String kind, String language, String outcome) {

        String value() {
            return kind + " " + language + " " + outcome;
        }
    }

    private final MailboxStore store;
    private final ApplicationEventPublisher events;

    MailboxNotices(MailboxStore store, ApplicationEventPublisher events) {
        this.store = store;
        this.events = events;
    }

    /** Writes the entries in one statement and tells open cards and grids. */
    public void record(List<Told> told) {
        if (told.isEmpty()) {
            return;
        }
        store.insertHistory(told.stream()
                .map(t -> new HistoryEntry(t.mailboxId(), t.at(), t.actor(), null, FIELD, null, t.value())).toList());
        events.publishEvent(new MailboxesChanged(UUID.randomUUID(), told.stream().map(Told::mailboxId).distinct().toList()));
    }
}
