package org.migrationtracker.mailbox;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;

/** The field-by-field difference between two versions of a mailbox, as history entries. */
final class MailboxChanges {

    private record Field(String name, Function<Mailbox, @Nullable Object> value) {
    }

    private static final List<Field> FIELDS = List.of(
            new Field("display_name", Mailbox::displayName),
            new Field("alias", Mailbox::alias),
            new Field("department", Mailbox::department),
            new Field("database", Mailbox::databaseName),
            new Field("recipient_type", Mailbox::recipientType),
            new Field("size_bytes", Mailbox::sizeBytes),
            new Field("proxy_addresses", m -> String.join(";", m.proxyAddresses())),
            new Field("um_enabled", Mailbox::umEnabled),
            new Field("full_access", Mailbox::fullAccess),
            new Field("receive_as_on_database", Mailbox::receiveAsOnDatabase),
            new Field("write_property", Mailbox::writeProperty),
            new Field("state", Mailbox::state),
            new Field("state_note", Mailbox::stateNote),
            new Field("cloud_created_on", Mailbox::cloudCreatedOn),
            new Field("licence_assigned_on", Mailbox::licenceAssignedOn),
            new Field("um_reenabled", Mailbox::umReenabled),
            new Field("outlook_profile_reconfigured", Mailbox::outlookProfileReconfigured),
            new Field("mail_user_converted", Mailbox::mailUserConverted),
            new Field("batch", Mailbox::batchName),
            new Field("microsoft_status", m -> m.progress().status()),
            new Field("microsoft_error", m -> m.progress().statusDetail()));

    private MailboxChanges() {
    }

    /** Every field a history entry may name: the compared fields, the import (and the X500 addresses it keeps) and notes. */
    static final java.util.Set<String> FIELD_NAMES = java.util.stream.Stream.concat(
            FIELDS.stream().map(Field::name), java.util.stream.Stream.of("imported", "x500_addresses", "note")).collect(java.util.stream.Collectors.toUnmodifiableSet());

    static List<HistoryEntry> between(Mailbox before, Mailbox after, String actor, Instant at, @Nullable UUID operationId) {
        var entries = new ArrayList<HistoryEntry>();
        for (var field : FIELDS) {
            Object old = field.value().apply(before);
            Object now = field.value().apply(after);
            if (!Objects.equals(old, now)) {
                entries.add(new HistoryEntry(after.id(), at, actor, operationId, field.name(), text(old), text(now)));
            }
        }
        return entries;
    }

    private static @Nullable String text(@Nullable Object value) {
        return value == null ? null : value.toString();
    }
}
