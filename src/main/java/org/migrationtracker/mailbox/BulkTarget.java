package org.migrationtracker.mailbox;

import org.jspecify.annotations.Nullable;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Which mailboxes a bulk action touches: a selection (ids with the versions the screen showed, so that a row
 * changed since is skipped, not overwritten), primary addresses (scripts), or every mailbox matching a filter.
 */
public record BulkTarget(@Nullable Map<Long, Long> selection, @Nullable List<Long> ids,
                         @Nullable List<String> addresses, @Nullable MailboxFilter filter) {

    public static BulkTarget selection(Map<Long, Long> idToVersion) {
        return new BulkTarget(Map.copyOf(idToVersion), null, null, null);
    }

    /** Mailboxes by id without a version to compare (no screen showed them: an import, a script). */
    public static BulkTarget ids(Collection<Long> ids) {
        return new BulkTarget(null, List.copyOf(ids), null, null);
    }

    public static BulkTarget addresses(List<String> primaryAddresses) {
        return new BulkTarget(null, null, List.copyOf(primaryAddresses), null);
    }

    public static BulkTarget matching(MailboxFilter filter) {
        return new BulkTarget(null, null, null, filter);
    }
}
