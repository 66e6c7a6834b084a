package org.migrationtracker.security;

import org.jspecify.annotations.Nullable;

/**
 * Something the security log records: a sign-in, a refusal, a change to who may do what. Published as an application
 * event by whoever sees it happen; the security log writes it down. It never carries a password, a token or any other
 * secret: {@code detail} is words and ids only.
 *
 * @param kind          what happened
 * @param actor         who did it: the signed-in user, the user name tried at sign-in, or {@link CurrentUser#SYSTEM}
 * @param subject       the tracker user it happened to, when it is about one (a reset password, an unlocked account)
 * @param clientAddress the client's address as the application sees it (behind a proxy: the forwarded one), if known
 * @param detail        what else a reader needs: the route or endpoint refused, the roles given, the session ended
 */
public record SecurityEvent(Kind kind, String actor, @Nullable String subject, @Nullable String clientAddress,
                            String detail) {

    public enum Kind {
        SIGN_IN,
        SIGN_IN_FAILED,
        SIGN_OUT,
        LOCKED_OUT,
        UNLOCKED,
        ACCESS_REFUSED,
        PASSWORD_CHANGED,
        PASSWORD_RESET,
        USER_CREATED,
        USER_CHANGED,
        SESSION_ENDED,
        TOKEN_CREATED,
        TOKEN_REVOKED
    }
}
