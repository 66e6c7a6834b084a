package org.migrationtracker.i18n;

import org.jspecify.annotations.Nullable;

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

    private Message said(@Nullable String value) {
        return value == null || value.isEmpty() ? Message.plain("–") : valueInWords(value);
    }
}
