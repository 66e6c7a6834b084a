package org.migrationtracker.mailbox;

import org.jspecify.annotations.Nullable;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

/**
 * How a Java value sits in a mailbox column: the element type of its {@code unnest} array, how the array element is
 * made from the value, how the value is read back, and how history says it. Lists travel as one text joined with
 * {@link #LIST_SEPARATOR} (PostgreSQL cannot unnest an array of arrays of different lengths).
 */
final class ColumnType<T extends @Nullable Object> {

    /** Unit separator: never in an address, a reason or an X500 address. */
    static final char LIST_SEPARATOR = '\u001f';
    private static final String SEPARATOR_SQL = "E'\\x1f'";

    @FunctionalInterface
    interface Reader<T extends @Nullable Object> {
        T read(ResultSet rs, String column) throws SQLException;
    }

    static final ColumnType<Long> ID = new ColumnType<>("bigint", Long.class, v -> v, ResultSet::getLong, String::valueOf);
    static final ColumnType<@Nullable Long> LONG = new ColumnType<>("bigint", Long.class, v -> v,
            (rs, c) -> (Long) rs.getObject(c), String::valueOf);
    static final ColumnType<@Nullable Integer> SMALLINT = new ColumnType<>("smallint", Integer.class, v -> v,
            (rs, c) -> rs.getObject(c) == null ? null : rs.getInt(c), String::valueOf);
    static final ColumnType<String> TEXT = new ColumnType<>("text", String.class, v -> v, ResultSet::getString, v -> v);
    static final ColumnType<Boolean> BOOLEAN = new ColumnType<>("boolean", Boolean.class, v -> v, ResultSet::getBoolean,
            String::valueOf);
    static final ColumnType<@Nullable LocalDate> DATE = new ColumnType<>("date", Date.class,
            v -> v == null ? null : Date.valueOf(v), (rs, c) -> rs.getObject(c, LocalDate.class), String::valueOf);
    static final ColumnType<@Nullable Instant> TIMESTAMP = new ColumnType<>("timestamptz", Timestamp.class,
            v -> v == null ? null : Timestamp.from(v),
            (rs, c) -> rs.getTimestamp(c) == null ? null : rs.getTimestamp(c).toInstant(), String::valueOf);
    static final ColumnType<List<String>> TEXT_LIST = list(v -> v, v -> v);

    final String arrayType;
    /** The Java type of the array's elements (a typed array keeps the driver's encoding of dates and times). */
    final Class<?> element;
    private final Function<T, @Nullable Object> toSql;
    private final Reader<T> reader;
    private final Function<T, String> inWords;
    private final boolean list;

    private ColumnType(String arrayType, Class<?> element, Function<T, @Nullable Object> toSql, Reader<T> reader,
                       Function<T, String> inWords) {
        this(arrayType, element, toSql, reader, inWords, false);
    }

    private ColumnType(String arrayType, Class<?> element, Function<T, @Nullable Object> toSql, Reader<T> reader,
                       Function<T, String> inWords, boolean list) {
        this.arrayType = arrayType;
        this.element = element;
        this.toSql = toSql;
        this.reader = reader;
        this.inWords = inWords;
        this.list = list;
    }

    /** A value stored as its name (an enum). */
    static <E extends Enum<E>> ColumnType<E> named(Class<E> type) {
        return new ColumnType<>("text", String.class, Enum::name, (rs, c) -> Enum.valueOf(type, rs.getString(c)), Enum::name);
    }

    /** A value stored as a short code, e.g. a language. */
    static <V> ColumnType<V> coded(Function<V, String> code, Function<String, V> of) {
        return new ColumnType<>("text", String.class, code::apply, (rs, c) -> of.apply(rs.getString(c)), code);
    }

    /** A list stored as a text[] column. */
    static <E> ColumnType<List<E>> list(Function<E, String> text, Function<String, E> of) {
        return new ColumnType<List<E>>("text", String.class,
                values -> String.join(String.valueOf(LIST_SEPARATOR), values.stream().map(text).toList()),
                (rs, c) -> split(rs.getString(c)).stream().map(of).toList(),
                values -> String.join(";", values.stream().map(text).toList()), true);
    }

    /** The array element of a value. */
    @Nullable Object toSql(T value) {
        return toSql.apply(value);
    }

    /** The value in a column of a row selected with {@link #select}. */
    T read(ResultSet rs, String column) throws SQLException {
        return reader.read(rs, column);
    }

    /** What history records: a list as "a;b", anything else as stored. */
    @Nullable String inWords(@Nullable T value) {
        return value == null ? null : inWords.apply(value);
    }

    /** The select expression of a column, named as the column. */
    String select(String expression, String name) {
        return list ? "array_to_string(" + expression + ", " + SEPARATOR_SQL + ") as " + name
                : expression.equals(name) || expression.endsWith("." + name) ? expression : expression + " as " + name;
    }

    /** The column's value from the unnested array element {@code element}. */
    String fromArray(String element) {
        return list ? "case when " + element + " = '' then '{}'::text[] else string_to_array(" + element + ", " + SEPARATOR_SQL + ") end"
                : element;
    }

    static List<String> split(@Nullable String joined) {
        return joined == null || joined.isEmpty() ? List.of() : List.of(joined.split(String.valueOf(LIST_SEPARATOR)));
    }
}
