package org.migrationtracker.batch;

import org.migrationtracker.i18n.Message;
import org.migrationtracker.security.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

/** Notes on a batch: admins add them, everyone reads them; each is part of the batch's history and shows live. */
@Service
public class BatchNotes {

    static final int MAX_LENGTH = 4_000;

    private final MigrationBatchRepository batches;
    private final BatchHistory history;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final CurrentUser currentUser;

    BatchNotes(MigrationBatchRepository batches, BatchHistory history, ApplicationEventPublisher events, Clock clock,
               CurrentUser currentUser) {
        this.batches = batches;
        this.history = history;
        this.events = events;
        this.clock = clock;
        this.currentUser = currentUser;
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public BatchNote add(String name, String text) {
        String note = text.strip();
        if (note.isEmpty() || note.length() > MAX_LENGTH) {
            throw new BatchRefused(Message.of("batch.note-not-added"), Message.of("batch.note-length", MAX_LENGTH));
        }
        var batch = batches.named(name);
        var now = clock.instant();
        String actor = currentUser.actor();
        history.note(batch.getId(), actor, now, note);
        var operation = UUID.randomUUID();
        history.record(batch.getId(), now, actor, operation, "note", null, note);
        events.publishEvent(new BatchChanged(batch.getId(), batch.getName(), operation));
        return new BatchNote(actor, now, note);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('ADMIN', 'LEAD')")
    public List<BatchNote> of(String name) {
        return history.notes(batches.named(name).getId());
    }
}
