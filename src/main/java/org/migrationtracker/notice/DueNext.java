package org.migrationtracker.notice;

import java.time.LocalDate;

/** Notices the schedule will queue: of a kind, for a batch's users, on a day (the announcement, the move's night). */
public record DueNext(NoticeKind kind, String batchName, LocalDate on, int users) {
}
