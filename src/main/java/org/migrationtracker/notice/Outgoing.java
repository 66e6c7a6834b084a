package org.migrationtracker.notice;

import org.jspecify.annotations.Nullable;

/** One message as a transport sends it: to one user, in their language, with the move invitation when it has one. */
public record Outgoing(String from, String to, String subject, String html, String text, String language,
                       @Nullable String calendar) {

    @Override
    public String toString() {
        // never the body: it may hold a temporary password
        return "Outgoing[to=" + to + ", subject=" + subject + ", language=" + language + "]";
    }
}
