package org.migrationtracker.notice;

import org.jspecify.annotations.Nullable;

import java.time.Instant;

/**
 * A notice's text in one language: its subject (plain text) and its body (safe HTML with placeholders). {@code edited}
 * says an admin changed it from the default that ships with the tracker (then who and when).
 */
public record NoticeTemplate(NoticeKind kind, String language, String subject, String body, boolean edited,
                             @Nullable Instant updatedAt, @Nullable String updatedBy) {

    public static final int MAX_SUBJECT = 300;
    public static final int MAX_BODY = 20_000;
}
