package org.migrationtracker.mailbox;

import org.jspecify.annotations.Nullable;
import org.migrationtracker.i18n.Message;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** One change to a mailbox: who, when, what, old → new; bulk actions share an operation id. */
public record HistoryEntry(long mailboxId, Instant at, String actor, @Nullable UUID operationId, String field,
                           @Nullable String oldValue, @Nullable String newValue) {

    /** Every field an entry may name ({@code history.field.<name>} in the bundles). */
    public static Set<String> fields() {
        return MailboxChanges.FIELD_NAMES;
    }

    /** What changed, in words: "State", "Outlook profile reconfigured". */
    public Message what() {
        return fields().contains(field) ? Message.of("history.field." + field) : Message.plain(field);
    }

    /** The old value in words: a state by its name, a flag as yes or no, anything else as recorded. */
    public Message before() {
        return value(oldValue);
    }

    /** The new value in words, as {@link #before()}. */
    public Message after() {
        return value(newValue);
    }

    private Message value(@Nullable String value) {
        if (value == null || value.isEmpty()) {
            return Message.plain("–");
        }
        if (field.equals("state")) {
            try {
                return MailboxState.valueOf(value).message();
            } catch (IllegalArgumentException recordedBeforeARename) {
                return Message.plain(value);
            }
        }
        if (value.equals("true") || value.equals("false")) {
            return Message.of(value.equals("true") ? "value.yes" : "value.no");
        }
        return Message.plain(value);
    }
}
