package org.migrationtracker.benchmark;

import org.postgresql.PGConnection;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The same work as the application's, done directly over JDBC on the same database: the benchmark's yardstick for
 * what PostgreSQL itself needs. Each method takes a connection of its own from the pool and reads every row it is
 * given back, as the application must.
 */
final class RawSql {

    private final DataSource dataSource;

    RawSql(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The mailbox table's columns a COPY can write (all but the identity). */
    String mailboxColumns() {
        return query(con -> {
            try (var ps = con.prepareStatement("select string_agg(column_name, ', ' order by ordinal_position) from information_schema.columns"
                    + " where table_schema = current_schema() and table_name = 'mailbox' and is_identity = 'NO'");
                 var rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        });
    }

    /** The rows a query selects, as COPY's text format. */
    byte[] copyOut(String select) {
        return query(con -> {
            var out = new ByteArrayOutputStream();
            con.unwrap(PGConnection.class).getCopyAPI().copyOut("copy (" + select + ") to stdout", out);
            return out.toByteArray();
        });
    }

    /** {@code COPY table (columns) FROM STDIN} of rows {@link #copyOut} gave, in one transaction. */
    long copyIn(String table, String columns, byte[] rows) {
        return query(con -> con.unwrap(PGConnection.class).getCopyAPI()
                .copyIn("copy " + table + " (" + columns + ") from stdin", new ByteArrayInputStream(rows)));
    }

    /** One {@code UPDATE … WHERE id = ANY(?)} plus one batched insert of a history row per mailbox, in one transaction. */
    int updateWithHistory(List<Long> ids, String state) {
        return query(con -> {
            con.setAutoCommit(false);
            try {
                int changed;
                try (var update = con.prepareStatement("update mailbox set state = ?, version = version + 1, updated_at = ?,"
                        + " updated_by = 'raw' where id = any(?)")) {
                    update.setString(1, state);
                    update.setTimestamp(2, Timestamp.from(Instant.now()));
                    update.setArray(3, con.createArrayOf("bigint", ids.toArray()));
                    changed = update.executeUpdate();
                }
                var operation = UUID.randomUUID();
                try (var history = con.prepareStatement("insert into mailbox_history (mailbox_id, at, actor, operation_id, field,"
                        + " old_value, new_value) values (?, ?, 'raw', ?, 'state', null, ?)")) {
                    var now = Timestamp.from(Instant.now());
                    for (long id : ids) {
                        history.setLong(1, id);
                        history.setTimestamp(2, now);
                        history.setObject(3, operation);
                        history.setString(4, state);
                        history.addBatch();
                    }
                    history.executeBatch();
                }
                con.commit();
                return changed;
            } finally {
                con.rollback();
                con.setAutoCommit(true);
            }
        });
    }

    /** Runs a query with its parameters and reads every column of every row; returns the number of rows. */
    int select(String sql, Object... parameters) {
        return query(con -> {
            try (var ps = con.prepareStatement(sql)) {
                bind(con, ps, parameters);
                return drain(ps);
            }
        });
    }

    /** Runs each query in turn on one connection, as a screen's refresh does. */
    int selectAll(List<String> queries) {
        return query(con -> {
            int rows = 0;
            for (String sql : queries) {
                try (var ps = con.prepareStatement(sql)) {
                    rows += drain(ps);
                }
            }
            return rows;
        });
    }

    /** How long a NOTIFY on one connection takes to reach a LISTEN on another (milliseconds). */
    double notifyRoundTrip(Connection listener, String channel) throws SQLException {
        try (var con = dataSource.getConnection(); var st = con.createStatement()) {
            long start = System.nanoTime();
            st.execute("notify " + channel + ", 'x'");
            var notifications = listener.unwrap(PGConnection.class).getNotifications(5_000);
            if (notifications == null || notifications.length == 0) {
                throw new IllegalStateException("no notification within 5 s");
            }
            return (System.nanoTime() - start) / 1e6;
        }
    }

    Connection connection() throws SQLException {
        return dataSource.getConnection();
    }

    private static void bind(Connection con, PreparedStatement ps, Object... parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            if (parameters[i] instanceof List<?> list) {
                ps.setArray(i + 1, con.createArrayOf(list.getFirst() instanceof Long ? "bigint" : "text", list.toArray()));
            } else {
                ps.setObject(i + 1, parameters[i]);
            }
        }
    }

    private static int drain(PreparedStatement ps) throws SQLException {
        int rows = 0;
        try (var rs = ps.executeQuery()) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                for (int c = 1; c <= columns; c++) {
                    rs.getObject(c);
                }
                rows++;
            }
        }
        return rows;
    }

    private interface Work<T> {
        T on(Connection con) throws Exception;
    }

    private <T> T query(Work<T> work) {
        try (var con = dataSource.getConnection()) {
            return work.on(con);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
