package org.migrationtracker.security.idempotency;

import org.jspecify.annotations.Nullable;

/** The answer of a finished first call, as it is given again to its retries. */
record StoredAnswer(int status, @Nullable String contentType, byte[] body) {

    /** Answers worth keeping: a server error (5xx) rolled back and may be tried again with the same key. */
    static boolean keeps(int status) {
        return status < 500;
    }
}
