package org.migrationtracker.mailbox;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import static org.migrationtracker.mailbox.MailboxColumns.SELECT;

/**
 * Mailbox rows in PostgreSQL, read and written set-based: one statement for a page, one for 2,000 updates
 * (arrays unnested server-side), one for their history. JDBC rather than JPA, see docs/adr/0008.
 */
@Repository
class MailboxStore {

    static final RowMapper<Mailbox> ROW = (rs, n) -> Mailbox.of(MailboxValues.read(rs, MailboxColumns.OF_MAILBOX));

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;

    MailboxStore(JdbcTemplate jdbc, NamedParameterJdbcTemplate named) {
        this.jdbc = jdbc;
        this.named = named;
    }

    Optional<Mailbox> findById(long id) {
        return jdbc.query(SELECT + " where m.id = ?", ROW, id).stream().findFirst();
    }

    /** By primary address, else by a proxy address; case-insensitive. */
    Optional<Mailbox> findByAddress(String address) {
        String key = address.strip().toLowerCase(Locale.ROOT);
        var primary = jdbc.query(SELECT + " where m.primary_address = ?", ROW, key);
        if (!primary.isEmpty()) {
            return Optional.of(primary.getFirst());
        }
        return jdbc.query(SELECT + " where m.proxy_addresses @> array[?]::text[]", ROW, key).stream().findFirst();
    }

    /** Reads and row-locks the mailboxes for the rest of the transaction. */
    List<Mailbox> lock(Collection<Long> ids) {
        return jdbc.query(con -> {
            var ps = con.prepareStatement(SELECT + " where m.id = any(?) order by m.id for update of m");
            ps.setArray(1, con.createArrayOf("bigint", ids.toArray()));
            return ps;
        }, ROW);
    }

    List<Long> idsMatching(MailboxFilter filter) {
        var where = new MailboxQuery(filter);
        return named.queryForList("select m.id from mailbox m"
                + where.sql() + " order by m.id", where.params(), Long.class);
    }

    /**
     * One page, in one statement. The offset is walked over the sort key and id alone (no join, narrow rows, the
     * inner query of {@link #pageQuery}), and only the page's rows are then read whole. With the number of matching
     * rows known, a page in the second half is read from the far end in the opposite order ({@link PageWindow}), so
     * the last page costs what the first costs.
     *
     * @param total how many mailboxes match the filter (the grid's count), or null to read from the start
     */
    List<Mailbox> page(MailboxFilter filter, MailboxSort sort, boolean ascending, int offset, int limit, @Nullable Integer total) {
        var query = pageQuery(filter, sort, ascending, PageWindow.of(offset, limit, total));
        return named.query(query.sql(), query.params(), ROW);
    }

    boolean noMailboxes() {
        return !Boolean.TRUE.equals(jdbc.queryForObject("select exists (select 1 from mailbox)", Boolean.class));
    }

    /** These mailboxes in one statement, in the order of the ids; ids of removed mailboxes are left out. */
    List<Mailbox> findAll(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        var rows = jdbc.query(con -> {
            var ps = con.prepareStatement(SELECT + " where m.id = any(?)");
            ps.setArray(1, con.createArrayOf("bigint", ids.toArray()));
            return ps;
        }, ROW);
        var byId = new HashMap<Long, Mailbox>();
        rows.forEach(m -> byId.put(m.id(), m));
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    /** A statement with named parameters. */
    record Statement(String sql, MapSqlParameterSource params) {
    }

    /** The ids of a page's window in its order (the query {@code docs/adr/0041}'s plans are of). */
    static Statement idsQuery(MailboxFilter filter, MailboxSort sort, boolean ascending, PageWindow window) {
        var where = new MailboxQuery(filter);
        return new Statement("select m.id from mailbox m" + sort.join + where.sql() + sort.orderBy(ascending, window.fromEnd())
                + " limit :limit offset :offset", where.params().addValue("limit", window.limit()).addValue("offset", window.offset()));
    }

    /**
     * A page's rows whole: the window's ids in their order ({@link #idsQuery}, kept in order by the array and its
     * ordinality), each then read by its primary key with the columns' joins, and turned round when read from the end.
     */
    static Statement pageQuery(MailboxFilter filter, MailboxSort sort, boolean ascending, PageWindow window) {
        var ids = idsQuery(filter, sort, ascending, window);
        return new Statement(MailboxColumns.COLUMNS + "from unnest(array(" + ids.sql() + ")) with ordinality as p(id, n)"
                + " join mailbox m on m.id = p.id" + MailboxColumns.JOINS + "order by p.n" + (window.fromEnd() ? " desc" : ""),
                ids.params());
    }

    int count(MailboxFilter filter) {
        var where = new MailboxQuery(filter);
        Integer count = named.queryForObject("select count(*) from mailbox m" + where.sql(), where.params(), Integer.class);
        return count == null ? 0 : count;
    }

    /** How many of the mailboxes matching the filter are in each state. */
    Map<MailboxState, Integer> countsByState(MailboxFilter filter) {
        var where = new MailboxQuery(filter);
        var counts = new EnumMap<MailboxState, Integer>(MailboxState.class);
        named.query("select m.state, count(*) from mailbox m" + where.sql() + " group by m.state", where.params(),
                (RowCallbackHandler) rs -> counts.put(MailboxState.valueOf(rs.getString(1)), rs.getInt(2)));
        return counts;
    }

    /**
     * The helpdesk's search: accent- and case-insensitive, by any part of the name, an address or the alias, with
     * typos tolerated (trigram word similarity); exact address matches first, then names that start with the
     * query, then by similarity. Addresses count by the part before the @: the domains are the same in every row. A
     * full address that is a mailbox's primary or proxy address finds that mailbox alone.
     */
    /** The search's exact addresses: the query as primary address, then as proxy address. */
    static final String SEARCH_EXACT = SELECT + " where m.primary_address = lower(?) or m.proxy_addresses @> array[lower(?)]::text[]";
    /**
     * The search's names that start with the query (the search text starts with the display name), a limit of them in
     * name order: a range of the pattern-order b-tree (V031). The query's own % _ and \ match themselves.
     */
    static final String SEARCH_PREFIX = SELECT + " where m.search_text like (replace(replace(replace(tracker_fold(?),"
            + " '\\', '\\\\'), '%', '\\%'), '_', '\\_') || '%') order by m.search_text using ~<~ limit ?";
    /** The search's nearest names (word similarity over the folded text), a limit of them. */
    static final String SEARCH_NEAREST = "with q as (select tracker_fold(?) as text) "
            + MailboxColumns.COLUMNS + "from mailbox m cross join q" + MailboxColumns.JOINS
            + "where q.text <% m.search_text order by q.text <<-> m.search_text limit ?";

    List<Mailbox> search(String query, int limit) {
        String folded = query.strip();
        if (folded.length() < 2) {
            return List.of();
        }
        // exact addresses first (btree / GIN on addresses)
        var exact = jdbc.query(con -> {
            var ps = con.prepareStatement(SEARCH_EXACT);
            ps.setString(1, folded);
            ps.setString(2, folded);
            return ps;
        }, ROW);
        if (folded.contains("@") && !exact.isEmpty()) {
            // a full address names one mailbox: it alone, its owner's before another's that has it as a proxy (as
            // findByAddress); a proxy two mailboxes share names both
            var owner = exact.stream().filter(m -> m.primaryAddress().equalsIgnoreCase(folded)).toList();
            var alone = owner.isEmpty() ? exact : owner;
            return alone.subList(0, Math.min(limit, alone.size()));
        }
        // the search text leaves domains out (every row shares them): the part before an @ is what is near
        String near = folded.contains("@") ? folded.substring(0, folded.indexOf('@')) : folded;
        if (near.length() < 2) {
            return exact.subList(0, Math.min(limit, exact.size()));
        }
        var ranked = new ArrayList<Mailbox>(exact);
        // then names that start with the query (b-tree range); only when they are too few, the nearest by similarity
        // (GiST KNN), those of them whose name starts with the query first
        add(ranked, query(SEARCH_PREFIX, near, limit));
        if (ranked.size() < limit) {
            String key = fold(near);
            add(ranked, query(SEARCH_NEAREST, near, limit * 4).stream()
                    .sorted(Comparator.comparing((Mailbox m) -> !fold(m.inventory().displayName()).startsWith(key)))
                    .toList());
        }
        return ranked.subList(0, Math.min(limit, ranked.size()));
    }

    private List<Mailbox> query(String sql, String text, int limit) {
        return jdbc.query(con -> {
            var ps = con.prepareStatement(sql);
            ps.setString(1, text);
            ps.setInt(2, limit);
            return ps;
        }, ROW);
    }

    /** Appends the mailboxes not in the list yet. */
    private static void add(List<Mailbox> ranked, List<Mailbox> more) {
        var ids = new HashSet<Long>();
        ranked.forEach(m -> ids.add(m.id()));
        more.stream().filter(m -> ids.add(m.id())).forEach(ranked::add);
    }

    /** Lower case without accents, as tracker_fold() in the database does for the common cases. */
    static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replace("ø", "o").replace("Ø", "O").replace("æ", "ae").replace("Æ", "AE").replace("ß", "ss")
                .toLowerCase(Locale.ROOT);
    }

    /** Names of the batches mailboxes can be in now (read here so that the mailbox grid can filter by batch). */
    List<String> openBatchNames() {
        return jdbc.queryForList("select name from batch_name where not removed order by lower(name)", String.class);
    }

    /**
     * The departments in use, in order: one probe of the (department, id) index per department instead of reading
     * every mailbox (a loose index scan; 100,000 mailboxes in eight departments read nine index entries).
     */
    List<String> departments() {
        return jdbc.queryForList("""
                with recursive d(department) as (
                    select min(department) from mailbox where department > ''
                    union all
                    select (select min(m.department) from mailbox m where m.department > d.department)
                    from d where d.department is not null)
                select department from d where department is not null order by 1""", String.class);
    }

    /**
     * The databases known and in use, in order ignoring case, one spelling each (the filter ignores case): a loose scan of the
     * (lower(database_name), id) index, as {@link #departments()}.
     */
    List<String> databases() {
        return jdbc.queryForList("""
                with recursive d(name_key) as (
                    select min(lower(database_name)) from mailbox where lower(database_name) > ''
                    union all
                    select (select min(lower(m.database_name)) from mailbox m where lower(m.database_name) > d.name_key)
                    from d where d.name_key is not null),
                in_use as (
                    select (select m.database_name from mailbox m where lower(m.database_name) = d.name_key limit 1) as name,
                           d.name_key
                    from d where d.name_key is not null)
                select coalesce(k.name, u.name) from mailbox_database k full join in_use u on u.name_key = k.name_key
                order by coalesce(k.name_key, u.name_key)""", String.class);
    }

    boolean receiveAs(String database) {
        return Boolean.TRUE.equals(jdbc.query("select receive_as from mailbox_database where name_key = lower(?)",
                rs -> rs.next() ? rs.getBoolean(1) : false, database));
    }

    /** Sets Receive As on a database (creating its row when needed); returns the previous value. */
    boolean setReceiveAs(String database, boolean granted, String actor, Instant now) {
        boolean before = receiveAs(database);
        jdbc.update("""
                insert into mailbox_database (name_key, name, receive_as, updated_at, updated_by) values (lower(?), ?, ?, ?, ?)
                on conflict (name_key) do update set receive_as = excluded.receive_as, updated_at = excluded.updated_at,
                    updated_by = excluded.updated_by""", database, database, granted, Timestamp.from(now), actor);
        return before;
    }

    /** Mailboxes of a database (case-insensitive), locked for the rest of the transaction. */
    List<Long> idsInDatabase(String database) {
        return jdbc.queryForList("select id from mailbox where lower(database_name) = lower(?) order by id", Long.class, database);
    }

    /** The set-based update of the edited columns, built once from their declaration. */
    private static final String UPDATE = "update mailbox m set " + MailboxColumns.assignments(MailboxColumns.EDITED)
            + ", updated_at = ?, updated_by = ?, version = m.version + 1 from unnest(?::bigint[], ?::bigint[], "
            + MailboxColumns.arrayParameters(MailboxColumns.EDITED) + ") as u(id, version, "
            + MailboxColumns.names(MailboxColumns.EDITED) + ") where m.id = u.id and m.version = u.version";

    /**
     * Writes the edited columns of the mailboxes in one statement, each only if its version is still the one read.
     *
     * @return how many rows were written
     */
    int update(List<Mailbox> mailboxes, String actor, Instant now) {
        if (mailboxes.isEmpty()) {
            return 0;
        }
        var rows = mailboxes.stream().map(MailboxValues::of).toList();
        return jdbc.update(con -> {
            PreparedStatement ps = con.prepareStatement(UPDATE);
            int p = 1;
            ps.setTimestamp(p++, Timestamp.from(now));
            ps.setString(p++, actor);
            ps.setArray(p++, array(con, MailboxColumns.ID, rows));
            ps.setArray(p++, array(con, MailboxColumns.VERSION, rows));
            for (var column : MailboxColumns.EDITED) {
                ps.setArray(p++, array(con, column, rows));
            }
            return ps;
        });
    }

    /** One column of the rows as the array its unnest reads. */
    static Array array(Connection con, MailboxColumn<?> column, List<MailboxValues> rows) throws SQLException {
        var values = (Object[]) java.lang.reflect.Array.newInstance(column.type().element, rows.size());
        for (int i = 0; i < values.length; i++) {
            values[i] = rows.get(i).toSql(column);
        }
        return con.createArrayOf(column.type().arrayType, values);
    }

    /** Inserts history entries in one statement. */
    void insertHistory(List<HistoryEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        int n = entries.size();
        var mailboxId = new Long[n];
        var at = new Timestamp[n];
        var actor = new String[n];
        var operation = new Object[n];
        var field = new String[n];
        var oldValue = new String[n];
        var newValue = new String[n];
        for (int i = 0; i < n; i++) {
            var e = entries.get(i);
            mailboxId[i] = e.mailboxId();
            at[i] = Timestamp.from(e.at());
            actor[i] = e.actor();
            operation[i] = e.operationId();
            field[i] = e.field();
            oldValue[i] = e.oldValue();
            newValue[i] = e.newValue();
        }
        jdbc.update(con -> {
            var ps = con.prepareStatement("""
                    insert into mailbox_history (mailbox_id, at, actor, operation_id, field, old_value, new_value)
                    select * from unnest(?::bigint[], ?::timestamptz[], ?::text[], ?::uuid[], ?::text[], ?::text[], ?::text[])""");
            ps.setArray(1, array(con, "bigint", mailboxId));
            ps.setArray(2, array(con, "timestamptz", at));
            ps.setArray(3, array(con, "text", actor));
            ps.setArray(4, array(con, "uuid", operation));
            ps.setArray(5, array(con, "text", field));
            ps.setArray(6, array(con, "text", oldValue));
            ps.setArray(7, array(con, "text", newValue));
            return ps;
        });
    }

    void insertNote(MailboxNote note) {
        jdbc.update("insert into mailbox_note (mailbox_id, author, at, text) values (?, ?, ?, ?)",
                note.mailboxId(), note.author(), Timestamp.from(note.at()), note.text());
    }

    List<MailboxNote> notes(long mailboxId) {
        return jdbc.query("select mailbox_id, author, at, text from mailbox_note where mailbox_id = ? order by at desc, id desc",
                (rs, n) -> new MailboxNote(rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toInstant(), rs.getString(4)), mailboxId);
    }

    List<HistoryEntry> history(long mailboxId, int limit) {
        return jdbc.query("""
                select mailbox_id, at, actor, operation_id, field, old_value, new_value from mailbox_history
                where mailbox_id = ? order by at desc, id desc limit ?""",
                (rs, n) -> new HistoryEntry(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
                        rs.getObject(4, UUID.class), rs.getString(5), rs.getString(6), rs.getString(7)),
                mailboxId, limit);
    }

    static Array array(Connection con, String type, Object[] values) throws SQLException {
        return con.createArrayOf(type, values);
    }
}
