package org.migrationtracker.batch;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.security.SecureRandom;
import java.util.ArrayList;

/**
 * How the batch CSV's temporary passwords are made: length and character classes (strong by default:
 * 16 characters from upper, lower, digits and symbols, at least one of each). Generated at export time, written to
 * the downloaded file only: never stored, never logged.
 */
@ConfigurationProperties("tracker.batch-csv.passwords")
public record PasswordRules(int length, boolean upper, boolean lower, boolean digits, boolean symbols) {

    private static final String UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final String LOWER = "abcdefghijkmnopqrstuvwxyz";
    private static final String DIGITS = "23456789";
    // no comma or quote: the value goes into a CSV field unquoted
    private static final String SYMBOLS = "!#$%&*+-=?@_";
    private static final SecureRandom RANDOM = new SecureRandom();

    public PasswordRules {
        if (length == 0) {
            length = 16;
        }
        if (length < 8 || length > 256) {
            throw new IllegalArgumentException("tracker.batch-csv.passwords.length must be between 8 and 256");
        }
        if (!upper && !lower && !digits && !symbols) {
            // no class configured: all of them
            upper = lower = digits = symbols = true;
        }
    }

    public static PasswordRules strong() {
        return new PasswordRules(16, true, true, true, true);
    }

    /**
     * A new password with at least one character of every enabled class, whose first character is a letter or a digit
     * (a symbol other than = + - @ when only symbols are enabled): Excel would run a cell starting with = + - @ as a
     * formula when the admin opens the batch file, and the file Exchange reads cannot carry an apostrophe to stop it.
     */
    public String generate() {
        var classes = new ArrayList<String>();
        if (upper) classes.add(UPPER);
        if (lower) classes.add(LOWER);
        if (digits) classes.add(DIGITS);
        if (symbols) classes.add(SYMBOLS);
        String all = String.join("", classes);
        String first = all.chars().filter(Character::isLetterOrDigit)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        if (first.isEmpty()) {
            first = all.chars().filter(c -> "=+-@".indexOf(c) < 0)
                    .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        }
        char[] password = new char[length];
        password[0] = first.charAt(RANDOM.nextInt(first.length()));
        // one of every class among the others, then shuffled behind the first: the classes stay, whatever came first
        for (int i = 1; i < length; i++) {
            String from = i <= classes.size() ? classes.get(i - 1) : all;
            password[i] = from.charAt(RANDOM.nextInt(from.length()));
        }
        for (int i = length - 1; i > 1; i--) {
            int j = 1 + RANDOM.nextInt(i);
            char swap = password[i];
            password[i] = password[j];
            password[j] = swap;
        }
        return new String(password);
    }
}
