package org.migrationtracker.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long a tracker user's password must be, in characters: 12 to 64 by default. Whatever is configured, a password
 * is also refused beyond bcrypt's 72 bytes in UTF-8 (docs/adr/0034).
 *
 * @param minLength fewest characters ({@code tracker.password.min-length}), 8 at the least
 * @param maxLength most characters ({@code tracker.password.max-length}), 72 at the most
 */
@ConfigurationProperties("tracker.password")
public record PasswordLength(int minLength, int maxLength) {

    public static final int DEFAULT_MIN = 12;
    public static final int DEFAULT_MAX = 64;

    public PasswordLength {
        if (minLength == 0) {
            minLength = DEFAULT_MIN;
        }
        if (maxLength == 0) {
            maxLength = DEFAULT_MAX;
        }
        if (minLength < 8 || minLength > PasswordPolicy.MAX_BYTES) {
            throw new IllegalArgumentException("tracker.password.min-length must be between 8 and "
                    + PasswordPolicy.MAX_BYTES + ", not " + minLength);
        }
        if (maxLength < minLength || maxLength > PasswordPolicy.MAX_BYTES) {
            throw new IllegalArgumentException("tracker.password.max-length must be between tracker.password.min-length ("
                    + minLength + ") and " + PasswordPolicy.MAX_BYTES + ", not " + maxLength);
        }
    }

    public static PasswordLength defaults() {
        return new PasswordLength(DEFAULT_MIN, DEFAULT_MAX);
    }
}
