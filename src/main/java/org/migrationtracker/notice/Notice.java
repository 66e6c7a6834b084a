package org.migrationtracker.notice;

import org.jspecify.annotations.Nullable;

import java.time.Instant;

/**
 * One notice to one mailbox's user: queued by the schedule or an admin, then sent or retried. {@code body} is what the
 * user read (filled in once sent; a temporary password in it is masked), {@code lastError} why the last try failed.
 */
public record Notice(long id, long mailboxId, NoticeKind kind, String language, String recipient, String subject, String body,
                     String batchName, boolean resend, boolean withPassword, NoticeStatus status, int attempts,
                     Instant nextAttemptAt, String lastError, Instant queuedAt, String queuedBy, @Nullable Instant sentAt) {
}
