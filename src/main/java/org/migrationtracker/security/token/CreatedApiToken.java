package org.migrationtracker.security.token;

/** A token just made, with its secret: shown once to the one who made it, then gone. */
public record CreatedApiToken(ApiToken token, String secret) {

    @Override
    public String toString() {
        // never into a log line by accident
        return "CreatedApiToken[" + token + "]";
    }
}
