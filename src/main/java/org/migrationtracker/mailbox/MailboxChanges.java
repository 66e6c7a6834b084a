package org.migrationtracker.mailbox;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The field-by-field difference between two versions of a mailbox, as history entries (the columns that record it). */
final class MailboxChanges {

    private static final List<MailboxColumn<?>> FIELDS = MailboxColumns.RECORDED.stream()
            .filter(column -> column.ofMailbox() != null).toList();

    private MailboxChanges() {
    }

    /** Every field a history entry may name: the recorded columns, the import and notes. */
    static final Set<String> FIELD_NAMES = Stream.concat(MailboxColumns.RECORDED.stream().map(MailboxColumn::history),
            Stream.of("imported", "note")).collect(Collectors.toUnmodifiableSet());

    static List<HistoryEntry> between(Mailbox before, Mailbox after, String actor, Instant at, @Nullable UUID operationId) {
        var entries = new ArrayList<HistoryEntry>();
        for (var field : FIELDS) {
            entry(field, before, after).ifPresent(change -> entries.add(new HistoryEntry(after.id(), at, actor, operationId,
                    Objects.requireNonNull(field.history()), change[0], change[1])));
        }
        return entries;
    }

    private static <T extends @Nullable Object> java.util.Optional<@Nullable String[]> entry(MailboxColumn<T> field,
                                                                                              Mailbox before, Mailbox after) {
        T old = field.of(before);
        T now = field.of(after);
        return Objects.equals(old, now) ? java.util.Optional.empty()
                : java.util.Optional.of(new @Nullable String[] {field.type().inWords(old), field.type().inWords(now)});
    }
}
