package org.migrationtracker.security.token;

/** What a call with the token may do. */
public enum ApiTokenScope {
    /** Reads only: GET (and HEAD); any other method is refused with 403. */
    READ_ONLY,
    /** Whatever the token's user may do with their roles. */
    FULL;

    boolean allows(String httpMethod) {
        return this == FULL || "GET".equals(httpMethod) || "HEAD".equals(httpMethod);
    }
}
