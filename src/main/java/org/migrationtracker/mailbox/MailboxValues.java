package org.migrationtracker.mailbox;

import org.jspecify.annotations.Nullable;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collection;
import java.util.Objects;

/**
 * The values of one mailbox row by {@link MailboxColumn}, typed on the way in and out. Short-lived and mutable: a row
 * being read, a {@link Mailbox} being changed, an inventory line (null: not in the file).
 */
final class MailboxValues {

    private final @Nullable Object[] values;

    MailboxValues() {
        values = new Object[MailboxColumns.ALL.size()];
    }

    private MailboxValues(@Nullable Object[] values) {
        this.values = values;
    }

    /** Every value a mailbox carries. */
    static MailboxValues of(Mailbox mailbox) {
        var v = new MailboxValues();
        for (var column : MailboxColumns.OF_MAILBOX) {
            v.values[column.index()] = column.of(mailbox);
        }
        return v;
    }

    /** The columns of the current row, selected as the columns' own names. */
    static MailboxValues read(ResultSet rs, Collection<MailboxColumn<?>> columns) throws SQLException {
        var v = new MailboxValues();
        for (var column : columns) {
            v.values[column.index()] = column.type().read(rs, column.name());
        }
        return v;
    }

    @SuppressWarnings("unchecked")
    <T extends @Nullable Object> T get(MailboxColumn<T> column) {
        return (T) values[column.index()];
    }

    /** Sets a value; returns these values, so that changes read as one line. */
    <T extends @Nullable Object> MailboxValues with(MailboxColumn<T> column, T value) {
        values[column.index()] = value;
        return this;
    }

    boolean has(MailboxColumn<?> column) {
        return values[column.index()] != null;
    }

    /** The column's value as the element of its unnest array. */
    @Nullable Object toSql(MailboxColumn<?> column) {
        return toSql(column, this);
    }

    private static <T extends @Nullable Object> @Nullable Object toSql(MailboxColumn<T> column, MailboxValues v) {
        T value = v.get(column);
        return value == null ? null : column.type().toSql(value);
    }

    /** The column's value as history records it. */
    @Nullable String inWords(MailboxColumn<?> column) {
        return inWords(column, this);
    }

    private static <T extends @Nullable Object> @Nullable String inWords(MailboxColumn<T> column, MailboxValues v) {
        return column.type().inWords(v.get(column));
    }

    /** The column's value taken from the other values. */
    MailboxValues withValueOf(MailboxColumn<?> column, MailboxValues other) {
        values[column.index()] = other.values[column.index()];
        return this;
    }

    boolean sameIn(MailboxColumn<?> column, MailboxValues other) {
        return Objects.equals(values[column.index()], other.values[column.index()]);
    }

    MailboxValues copy() {
        return new MailboxValues(Arrays.copyOf(values, values.length));
    }
}
