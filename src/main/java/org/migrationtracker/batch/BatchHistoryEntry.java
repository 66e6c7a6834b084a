package org.migrationtracker.batch;

import org.jspecify.annotations.Nullable;
import org.migrationtracker.i18n.Message;
import org.migrationtracker.i18n.RecordedChange;

import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.UUID;

/** One change to a batch; the mailbox changes of the same action share its operation id. */
public record BatchHistoryEntry(Instant at, String actor, UUID operationId, String field, @Nullable String oldValue,
                                @Nullable String newValue) implements RecordedChange {

    /** Every field the batch service records ({@code history.batch-field.<name>} in the bundles, spaces as dashes). */
    public static final Set<String> FIELDS = Set.of("created", "name", "planned_start", "planned_end", "endpoint", "notes", "start_mode",
            "mailboxes added", "mailboxes removed", "status", "microsoft_status", "last_synced", "note", "csv exported",
            "conversion exported");

    /** How an export is recorded: the row count, then whether the file held temporary passwords (never which). */
    static final String WITH_PASSWORDS = " rows; with passwords";
    static final String WITHOUT_PASSWORDS = " rows; without passwords";
    static final String IMAP_FILE = " rows; IMAP migration file";
    /** How a mail-user conversion export is recorded: the row count, then which file. */
    static final String CONVERSION_CSV = " rows; conversion csv";
    static final String CONVERSION_SCRIPT = " rows; conversion script";

    @Override
    public Message what() {
        return FIELDS.contains(field) ? Message.of("history.batch-field." + field.replace(' ', '-')) : Message.plain(field);
    }

    /** Counts of mailboxes and exports, statuses, start modes, days and times said in the reader's language, the rest as recorded. */
    @Override
    public Message valueInWords(String value) {
        boolean count = value.chars().allMatch(Character::isDigit);
        return switch (field) {
            case "created", "mailboxes added", "mailboxes removed" -> count
                    ? Message.of("history.value.mailboxes", Integer.parseInt(value)) : Message.plain(value);
            case "csv exported" -> value.endsWith(WITH_PASSWORDS) || value.endsWith(WITHOUT_PASSWORDS) || value.endsWith(IMAP_FILE)
                    ? Message.of(value.endsWith(WITH_PASSWORDS) ? "history.value.csv-with-passwords"
                    : value.endsWith(IMAP_FILE) ? "history.value.csv-imap" : "history.value.csv-without-passwords",
                    Integer.parseInt(value.substring(0, value.indexOf(' '))))
                    : Message.plain(value);
            case "conversion exported" -> value.endsWith(CONVERSION_CSV) || value.endsWith(CONVERSION_SCRIPT)
                    ? Message.of(value.endsWith(CONVERSION_CSV) ? "history.value.conversion-csv" : "history.value.conversion-script",
                    Integer.parseInt(value.substring(0, value.indexOf(' '))))
                    : Message.plain(value);
            case "status" -> {
                var status = BatchStatus.fromExchange(value);
                yield status == null ? Message.plain(value) : status.message();
            }
            case "start_mode" -> Arrays.stream(StartMode.values()).filter(mode -> mode.name().equals(value)).findFirst()
                    .map(mode -> Message.of("start-mode." + mode.name())).orElse(Message.plain(value));
            case "planned_start", "planned_end" -> RecordedChange.day(value);
            case "last_synced" -> RecordedChange.time(value);
            default -> Message.plain(value);
        };
    }
}
