package org.migrationtracker.mailbox;

import org.jspecify.annotations.Nullable;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The language a mailbox's user prefers: one the tracker speaks, or none. Stored as its code (db/migration/V016). */
public enum PreferredLanguage {
    NONE(""), DA("da"), SV("sv"), FR("fr"), NL("nl"), EN("en");

    private final String code;

    PreferredLanguage(String code) {
        this.code = code;
    }

    /** "da", or "" for none. */
    public String code() {
        return code;
    }

    public @Nullable Locale locale() {
        return this == NONE ? null : Locale.of(code);
    }

    /** By its code, "" for none. */
    public static PreferredLanguage of(String code) {
        String key = code.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(language -> language.code.equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown preferred language '" + code
                        + "': use da, sv, fr, nl, en or an empty value"));
    }

    /**
     * Exchange's Languages ({@code da-DK}, or several: {@code da-DK en-US}): the first one's language part. Empty is
     * none; a language the tracker does not speak is empty (no value), for the caller to report.
     */
    public static Optional<PreferredLanguage> fromExchange(String languages) {
        String first = languages.strip().split("[\\s,;]+")[0];
        if (first.isEmpty()) {
            return Optional.of(NONE);
        }
        String language = first.split("[-_]")[0].toLowerCase(Locale.ROOT);
        return language.isEmpty() ? Optional.empty()
                : Arrays.stream(values()).filter(l -> l != NONE && l.code.equals(language)).findFirst();
    }
}
