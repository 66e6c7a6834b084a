package org.migrationtracker.notice;

import org.jspecify.annotations.Nullable;
import org.migrationtracker.project.MigrationMethod;

import java.time.Instant;
import java.time.LocalDate;

/** What a notice says of a batch (read through the batch module's view notice_batch). */
record NoticeBatch(long id, String name, MigrationMethod method, @Nullable LocalDate plannedStart, @Nullable LocalDate plannedEnd,
                   @Nullable Instant startedAt) {
}
