package org.migrationtracker.security.audit;

import org.migrationtracker.security.SecurityEvent.Kind;

/**
 * Which transaction a security log record is written in. A change (a user created, a password reset, a token
 * revoked) is written in the transaction that makes it, so the record exists exactly when the change does. An attempt
 * (a sign-in, a failed one, a refusal) is written in a transaction of its own: the caller's may roll back (the
 * refusal is an exception) or there is none, and the record must stay either way.
 */
enum Durability {
    WITH_THE_CHANGE,
    ON_ITS_OWN;

    static Durability of(Kind kind) {
        return switch (kind) {
            case SIGN_IN, SIGN_IN_FAILED, LOCKED_OUT, ACCESS_REFUSED -> ON_ITS_OWN;
            case SIGN_OUT, UNLOCKED, PASSWORD_CHANGED, PASSWORD_RESET, USER_CREATED, USER_CHANGED, SESSION_ENDED,
                 TOKEN_CREATED, TOKEN_REVOKED -> WITH_THE_CHANGE;
        };
    }
}
