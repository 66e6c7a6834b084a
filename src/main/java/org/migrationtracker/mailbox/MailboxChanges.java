package org.migrationtracker.mailbox;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The column-by-column difference between two versions of a mailbox, as history entries: of a whole mailbox (the
 * bulk changes) or of the columns an import compares.
 */
final class MailboxChanges {

    private static final List<MailboxColumn<?>> FIELDS = MailboxColumns.RECORDED.stream()
            .filter(column -> column.ofMailbox() != null).toList();

    private MailboxChanges() {
    }

    /** Every field a history entry may name: the recorded columns, the import and notes. */
    static final Set<String> FIELD_NAMES = Stream.concat(MailboxColumns.RECORDED.stream().map(MailboxColumn::history),
            Stream.of("imported", "note", MailboxNotices.FIELD)).collect(Collectors.toUnmodifiableSet());

    static List<HistoryEntry> between(Mailbox before, Mailbox after, String actor, Instant at, @Nullable UUID operationId) {
        return between(after.id(), MailboxValues.of(before), MailboxValues.of(after), FIELDS, actor, at, operationId);
    }

    /** The entries of the columns (each one that history records) whose values differ. */
    static List<HistoryEntry> between(long mailboxId, MailboxValues before, MailboxValues after,
                                      Collection<MailboxColumn<?>> columns, String actor, Instant at,
                                      @Nullable UUID operationId) {
        var entries = new ArrayList<HistoryEntry>();
        for (var column : columns) {
            if (!before.sameIn(column, after)) {
                entries.add(new HistoryEntry(mailboxId, at, actor, operationId, Objects.requireNonNull(column.history()),
                        before.inWords(column), after.inWords(column)));
            }
        }
        return entries;
    }
}
