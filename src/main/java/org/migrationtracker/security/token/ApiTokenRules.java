package org.migrationtracker.security.token;

import org.jspecify.annotations.Nullable;
import org.migrationtracker.i18n.Message;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.Instant;
import java.util.Optional;

/** What a new token's name and expiry must be. */
public final class ApiTokenRules {

    public static final int DEFAULT_DAYS = 90;
    public static final int MAX_DAYS = 365;
    public static final int NAME_MAX_LENGTH = 100;

    private ApiTokenRules() {
    }

    public static LocalDate defaultExpiry(LocalDate today) {
        return today.plusDays(DEFAULT_DAYS);
    }

    public static LocalDate latestExpiry(LocalDate today) {
        return today.plusDays(MAX_DAYS);
    }

    public static Optional<Message> nameProblem(@Nullable String name) {
        if (name == null || name.isBlank()) {
            return Optional.of(Message.of("tokens.name-needed"));
        }
        if (name.strip().length() > NAME_MAX_LENGTH) {
            return Optional.of(Message.of("tokens.name-too-long", NAME_MAX_LENGTH));
        }
        return Optional.empty();
    }

    /** A token expires at the end of a day after today and at most {@link #MAX_DAYS} days ahead. */
    public static Optional<Message> expiryProblem(@Nullable LocalDate expiresOn, LocalDate today) {
        if (expiresOn == null) {
            return Optional.of(Message.of("tokens.expiry-needed"));
        }
        if (!expiresOn.isAfter(today)) {
            return Optional.of(Message.of("tokens.expiry-past"));
        }
        if (expiresOn.isAfter(latestExpiry(today))) {
            return Optional.of(Message.of("tokens.expiry-too-far", MAX_DAYS));
        }
        return Optional.empty();
    }

    /** The token works through the whole of its last day. */
    static Instant endOf(LocalDate expiresOn, ZoneId zone) {
        return expiresOn.plusDays(1).atStartOfDay(zone).toInstant();
    }
}
