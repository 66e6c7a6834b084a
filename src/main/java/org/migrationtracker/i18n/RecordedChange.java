package org.migrationtracker.i18n;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * A change as a history records it — a field, its old and its new value as text — said in the reader's language.
 * Each history says what its fields and values mean; nothing recorded is rewritten.
 */
public interface RecordedChange {

    String field();

    @Nullable String oldValue();

    @Nullable String newValue();

    /** The field in words, e.g. "State". */
    Message what();

    /** A recorded value (never empty) in words: a state by its name, a count in a sentence, or the text as recorded. */
    Message valueInWords(String value);

    /** The old value in words; "–" for none. */
    default Message before() {
        return said(oldValue());
    }

    /** The new value in words; "–" for none. */
    default Message after() {
        return said(newValue());
    }

    /** A day recorded as ISO text ("2026-03-14") in the reader's date format; other text as recorded. */
    static Message day(String recorded) {
        try {
            return Message.of("history.value.day", LocalDate.parse(recorded));
        } catch (DateTimeParseException notADay) {
            return Message.plain(recorded);
        }
    }

    /** An instant recorded as ISO text in the reader's date and time format; other text as recorded. */
    static Message time(String recorded) {
        try {
            return Message.of("history.value.time", Instant.parse(recorded));
        } catch (DateTimeParseException notAnInstant) {
            return Message.plain(recorded);
        }
    }

    private Message said(@Nullable String value) {
        return value == null || value.isEmpty() ? Message.plain("–") : valueInWords(value);
    }
}
