package org.migrationtracker.i18n;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A sentence for people, written once in the bundles: its key and arguments. The domain says what happened as a
 * message; whoever shows it translates it ({@link #in(Locale)}). Arguments may be messages themselves (translated in
 * the same language), lists (their elements translated and joined with "; "), instants and dates (for
 * {@code {0,date}} and {@code {0,time}}), numbers and plain text.
 */
public record Message(String key, List<Object> args) {

    public Message {
        args = List.copyOf(args);
    }

    public static Message of(String key, Object... args) {
        return new Message(key, Arrays.asList(args));
    }

    /** Text that is already words (e.g. an error from a library): shown as it is, in every language. */
    public static Message plain(String text) {
        return of("plain", text);
    }

    /** What a thrown exception says: its message when it has one, else its text. */
    public static Message of(Throwable thrown) {
        if (thrown instanceof HasMessage said) {
            return said.message();
        }
        return plain(thrown.getMessage() == null ? thrown.getClass().getSimpleName() : thrown.getMessage());
    }

    /** The message in the language; English for a language the tracker does not speak. */
    public String in(Locale locale) {
        return Translations.text(this, locale);
    }

    /** The message in English: for the API (its JSON value), logs and exception messages. */
    @JsonValue
    public String english() {
        return in(Locale.ENGLISH);
    }

    @Override
    public String toString() {
        return english();
    }
}
