package org.migrationtracker.security;

import org.migrationtracker.i18n.Message;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;

/**
 * What a tracker user's password must be: long enough and not too long (in characters, and within bcrypt's 72 bytes
 * in UTF-8: longer ones are refused, not cut or pre-hashed, docs/adr/0034), not the user name nor containing it, and
 * not one of the passwords people choose most. Also makes strong passwords for admins to hand out.
 */
public final class PasswordPolicy {

    /** bcrypt reads at most this many bytes of a password. */
    public static final int MAX_BYTES = 72;
    /** Parts of a user name shorter than this are too common to refuse a password for containing them. */
    private static final int SHORTEST_NAME_PART = 3;
    // No look-alike characters (0/O, 1/l/I): generated passwords are read aloud and typed by hand.
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789-_.!";
    private static final int GENERATED_LENGTH = 20;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final PasswordLength length;
    private final CommonPasswords common;

    public PasswordPolicy(PasswordLength length, CommonPasswords common) {
        this.length = length;
        this.common = common;
    }

    public int minLength() {
        return length.minLength();
    }

    public int maxLength() {
        return length.maxLength();
    }

    /** @return why {@code password} is not acceptable for the user {@code username}, or empty when it is */
    public Optional<Message> problem(String username, String password) {
        int characters = password.codePointCount(0, password.length());
        if (password.isBlank()) {
            return Optional.of(Message.of("password.blank"));
        }
        if (characters < length.minLength()) {
            return Optional.of(Message.of("password.too-short", length.minLength()));
        }
        if (characters > length.maxLength()) {
            return Optional.of(Message.of("password.too-long", length.maxLength()));
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Optional.of(Message.of("password.too-many-bytes", MAX_BYTES));
        }
        if (containsUserName(username, password)) {
            return Optional.of(Message.of("password.contains-user-name"));
        }
        if (common.contains(password)) {
            return Optional.of(Message.of("password.common"));
        }
        return Optional.empty();
    }

    /** The whole user name, and the part before an {@code @} or a dot (a first name), in any case. */
    private static boolean containsUserName(String username, String password) {
        String name = username.strip().toLowerCase(Locale.ROOT);
        String lower = password.toLowerCase(Locale.ROOT);
        if (name.length() >= SHORTEST_NAME_PART && lower.contains(name)) {
            return true;
        }
        for (String part : name.split("[@._-]")) {
            if (part.length() >= SHORTEST_NAME_PART && lower.contains(part)) {
                return true;
            }
        }
        return false;
    }

    /** A strong password no policy refuses: 20 characters without look-alikes. */
    public static String generate() {
        var sb = new StringBuilder(GENERATED_LENGTH);
        for (int i = 0; i < GENERATED_LENGTH; i++) {
            sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }
}
