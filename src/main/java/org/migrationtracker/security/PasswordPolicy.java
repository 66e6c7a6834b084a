package org.migrationtracker.security;

import org.migrationtracker.i18n.Message;

import java.security.SecureRandom;
import java.util.Optional;

/** What a tracker user's password must be, and strong generated ones. */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 128;
    // No look-alike characters (0/O, 1/l/I): generated passwords are read aloud and typed by hand.
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789-_.!";
    private static final SecureRandom RANDOM = new SecureRandom();

    private PasswordPolicy() {
    }

    /** @return why the password is not acceptable, or empty when it is */
    public static Optional<Message> problem(String password) {
        if (password.length() < MIN_LENGTH) {
            return Optional.of(Message.of("password.too-short", MIN_LENGTH));
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of(Message.of("password.too-long", MAX_LENGTH));
        }
        if (password.isBlank()) {
            return Optional.of(Message.of("password.blank"));
        }
        return Optional.empty();
    }

    public static String generate() {
        var sb = new StringBuilder(20);
        for (int i = 0; i < 20; i++) {
            sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }
}
