package org.migrationtracker.security.token;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The secret of a token: {@code mtk_} and 32 random bytes in base64url (256 bits), recognisable by secret scanners.
 * Stored as its SHA-256 only: a secret of 256 random bits cannot be guessed back from the hash, so no key or slow
 * hash is needed (docs/adr/0029).
 */
final class ApiTokenSecret {

    static final String PREFIX = "mtk_";
    private static final int BYTES = 32;
    private static final Pattern FORMAT = Pattern.compile("^mtk_[A-Za-z0-9_-]{43}$");
    private static final SecureRandom RANDOM = new SecureRandom();

    private ApiTokenSecret() {
    }

    static String generate() {
        var bytes = new byte[BYTES];
        RANDOM.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Whether the text could be a token at all; anything else is refused without asking the database. */
    static boolean wellFormed(String secret) {
        return FORMAT.matcher(secret).matches();
    }

    /** The lower-case hex SHA-256 of the secret, as the {@code api_token.token_hash} column holds it. */
    static String hash(String secret) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
