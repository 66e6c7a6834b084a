package org.migrationtracker.mailbox;

import org.jspecify.annotations.Nullable;

import java.util.function.Function;

/**
 * One column of the mailbox rows, typed by the Java value it holds; declared once in {@link MailboxColumns}.
 *
 * @param index     its place in {@link MailboxValues}
 * @param select    the expression that reads it in {@link MailboxColumns#SELECT} ({@code m.<name>}, or a joined value)
 * @param ofMailbox its value in a {@link Mailbox}; null for a column the record does not carry
 * @param history   the field a history entry names when it changes; null when its changes are not recorded
 * @param edited    written by {@link MailboxStore#update} (the service's changes, guarded by the version)
 * @param imported  read from the inventory file and written by the import (unchanged when the file lacks it)
 * @param whenNew   an imported column's value in a new mailbox when the file lacks it
 */
record MailboxColumn<T extends @Nullable Object>(int index, String name, String select, ColumnType<T> type,
                                                 @Nullable Function<Mailbox, T> ofMailbox, @Nullable String history,
                                                 boolean edited, boolean imported, @Nullable T whenNew) {

    /** A column of the mailbox table (not a value joined from another). */
    boolean inTable() {
        return select.equals("m." + name);
    }

    T of(Mailbox mailbox) {
        if (ofMailbox == null) {
            throw new IllegalStateException(name + " is not a value of a Mailbox");
        }
        return ofMailbox.apply(mailbox);
    }

    @Override
    public String toString() {
        return name;
    }
}
