package org.migrationtracker.mailbox;

import org.jspecify.annotations.Nullable;
import org.migrationtracker.i18n.Languages;
import org.migrationtracker.i18n.Message;
import org.migrationtracker.i18n.RecordedChange;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** One change to a mailbox: who, when, what, old → new; bulk actions share an operation id. */
public record HistoryEntry(long mailboxId, Instant at, String actor, @Nullable UUID operationId, String field,
                           @Nullable String oldValue, @Nullable String newValue) implements RecordedChange {

    /** Every field an entry may name ({@code history.field.<name>} in the bundles). */
    public static Set<String> fields() {
        return MailboxChanges.FIELD_NAMES;
    }

    /** "State", "Outlook profile reconfigured". */
    @Override
    public Message what() {
        return fields().contains(field) ? Message.of("history.field." + field) : Message.plain(field);
    }

    /** A state and a recipient type by their names, a day in the reader's format, a size with digit grouping, a flag as yes or no, anything else as recorded. */
    @Override
    public Message valueInWords(String value) {
        if (field.equals("state")) {
            try {
                return MailboxState.valueOf(value).message();
            } catch (IllegalArgumentException recordedBeforeARename) {
                return Message.plain(value);
            }
        }
        if (field.equals(MailboxNotices.FIELD)) {
            return noticeInWords(value);
        }
        if (field.equals("recipient_type")) {
            return Arrays.stream(RecipientType.values()).filter(type -> type.name().equals(value)).findFirst()
                    .map(type -> Message.of("type." + type.name())).orElse(Message.plain(value));
        }
        if (field.equals("cloud_created_on") || field.equals("licence_assigned_on")) {
            return RecordedChange.day(value);
        }
        if (field.equals("size_bytes") && !value.isEmpty() && value.chars().allMatch(Character::isDigit)) {
            return Message.of("history.value.number", Long.parseLong(value));
        }
        if (value.equals("true") || value.equals("false")) {
            return Message.of(value.equals("true") ? "value.yes" : "value.no");
        }
        return Message.plain(value);
    }

    /** "Welcome letter, in Danish: sent" from "WELCOME da SENT" (MailboxNotices). */
    private static Message noticeInWords(String value) {
        var parts = value.split(" ");
        if (parts.length != 3 || !Languages.isSupported(parts[1])) {
            return Message.plain(value);
        }
        return Message.of("history.value.notice", Message.of("notice.kind." + parts[0]),
                Message.of("notice.language." + parts[1]), Message.of("notice.outcome." + parts[2]));
    }

    /** A notice entry's kind, language code and outcome, or empty when this entry is no notice. */
    public Optional<List<String>> notice() {
        if (!field.equals(MailboxNotices.FIELD) || newValue == null || newValue.split(" ").length != 3) {
            return Optional.empty();
        }
        return Optional.of(List.of(newValue.split(" ")));
    }
}
