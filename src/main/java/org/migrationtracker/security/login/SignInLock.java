package org.migrationtracker.security.login;

import java.time.Instant;
import java.util.Locale;

/**
 * A user name or a client address that may not sign in until {@code lockedUntil}, after too many failed sign-ins.
 *
 * @param key the user name (trimmed, lower case) or the client address
 */
public record SignInLock(Scope scope, String key, Instant lockedUntil) {

    /** What a failure is counted against. */
    public enum Scope {
        USER,
        ADDRESS
    }

    /** Longer input is no user name or address of ours; the rest still counts as one key. */
    static final int MAX_KEY_LENGTH = 256;

    /** The key a user name is counted under: "Ada " and "ada" are one name. */
    static String userKey(String username) {
        return cut(username.strip().toLowerCase(Locale.ROOT));
    }

    static String addressKey(String address) {
        return cut(address.strip());
    }

    private static String cut(String key) {
        return key.length() <= MAX_KEY_LENGTH ? key : key.substring(0, MAX_KEY_LENGTH);
    }
}
