package org.migrationtracker.security.idempotency;

import org.jspecify.annotations.Nullable;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;

/**
 * One API call as far as its idempotency goes: its key and the hash of what it asks (method, path, query and body),
 * so that a retry can be told from a different call sent with the same key. Plain Java.
 */
record IdempotentRequest(String key, String hash) {

    static final String HEADER = "Idempotency-Key";
    static final String REPLAYED = "Idempotent-Replayed";
    static final int MAX_KEY_LENGTH = 255;

    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

    /** Whether a call of this method takes part: only calls that change data. */
    static boolean isWrite(String method) {
        return WRITES.contains(method.toUpperCase(Locale.ROOT));
    }

    /** Why a key is refused, or null for a usable one: not blank, at most 255 printable ASCII characters. */
    static @Nullable String refusal(String key) {
        if (key.isBlank()) {
            return "The Idempotency-Key header is empty: send a unique value such as a UUID, or leave the header out";
        }
        if (key.length() > MAX_KEY_LENGTH) {
            return "The Idempotency-Key header has " + key.length() + " characters; at most " + MAX_KEY_LENGTH + " are allowed";
        }
        if (!key.chars().allMatch(c -> c >= 0x21 && c <= 0x7e)) {
            return "The Idempotency-Key header may hold printable ASCII characters only, without spaces";
        }
        return null;
    }

    static IdempotentRequest of(String key, String method, String path, @Nullable String query, byte[] body) {
        try {
            var digest = MessageDigest.getInstance("SHA-256");
            digest.update((method.toUpperCase(Locale.ROOT) + " " + path + (query == null ? "" : "?" + query) + "\n")
                    .getBytes(StandardCharsets.UTF_8));
            digest.update(body);
            return new IdempotentRequest(key, HexFormat.of().formatHex(digest.digest()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
