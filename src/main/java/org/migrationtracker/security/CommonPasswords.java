package org.migrationtracker.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * The passwords people choose most, shipped with the tracker (the list of {@code @zxcvbn-ts/language-common}, see
 * {@code common-passwords.txt} and docs/adr/0034): a password on it is refused whatever its length.
 */
public final class CommonPasswords {

    private static final String LIST = "common-passwords.txt";
    private final Set<String> passwords;

    private CommonPasswords(Set<String> passwords) {
        this.passwords = Set.copyOf(passwords);
    }

    /** The list shipped with the tracker. */
    public static CommonPasswords shipped() {
        var passwords = new HashSet<String>(65_536);
        try (var in = Objects.requireNonNull(CommonPasswords.class.getResourceAsStream(LIST), LIST);
             var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    passwords.add(line.strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the list of common passwords " + LIST, e);
        }
        return new CommonPasswords(passwords);
    }

    public boolean contains(String password) {
        return passwords.contains(password.strip().toLowerCase(Locale.ROOT));
    }

    public int size() {
        return passwords.size();
    }
}
