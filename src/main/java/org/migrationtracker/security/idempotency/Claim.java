package org.migrationtracker.security.idempotency;

/** What a call with an Idempotency-Key may do: run (it is the first), replay an answer, or be refused. */
sealed interface Claim {

    /** The first call with this key: it runs, and its answer is kept. */
    record First() implements Claim {
    }

    /** A retry of a finished call: its answer is given again, nothing runs. */
    record Replay(StoredAnswer answer) implements Claim {
    }

    /** The same key with a different request. */
    record OtherRequest() implements Claim {
    }

    /** The first call with this key is still running. */
    record StillRunning() implements Claim {
    }
}
