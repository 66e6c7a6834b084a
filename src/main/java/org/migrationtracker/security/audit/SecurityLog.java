package org.migrationtracker.security.audit;

import org.jspecify.annotations.Nullable;
import org.migrationtracker.security.SecurityEvent.Kind;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Admins read the security log: filtered, newest first, a page at a time, and export what the filter finds. */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class SecurityLog {

    /** Rows read per query in an export: the whole log is written without holding it in memory. */
    static final int CHUNK = 1000;

    private static final RowMapper<SecurityLogEntry> ROW = (rs, n) -> new SecurityLogEntry(rs.getLong("id"),
            rs.getTimestamp("at").toInstant(), Kind.valueOf(rs.getString("kind")), rs.getString("actor"),
            rs.getString("subject"), rs.getString("client_address"), rs.getString("instance"), rs.getString("detail"));

    private static final String SELECT = "select id, at, kind, actor, subject, client_address, instance, detail"
            + " from security_log where ";
    private static final String NEWEST_FIRST = " order by at desc, id desc";

    private final JdbcTemplate jdbc;
    private final Clock clock;

    SecurityLog(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<SecurityLogEntry> page(SecurityLogFilter filter, int offset, int limit) {
        var condition = filter.condition(clock.getZone());
        var args = new ArrayList<>(condition.args());
        args.add(Math.max(0, limit));
        args.add(Math.max(0, offset));
        return jdbc.query(SELECT + condition.sql() + NEWEST_FIRST + " limit ? offset ?", ROW, args.toArray());
    }

    @Transactional(readOnly = true)
    public int count(SecurityLogFilter filter) {
        var condition = filter.condition(clock.getZone());
        Integer count = jdbc.queryForObject("select count(*) from security_log where " + condition.sql(), Integer.class,
                condition.args().toArray());
        return count == null ? 0 : count;
    }

    /** The name of the export file: {@code security-log-2026-12-03.csv}, by today's date. */
    public String exportFileName() {
        return "security-log-" + LocalDate.now(clock) + ".csv";
    }

    /** Every row the filter finds, newest first, as CSV ({@link SecurityLogCsv}); read in pages. */
    @Transactional(readOnly = true)
    public void export(SecurityLogFilter filter, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        SecurityLogCsv.header(writer);
        // pages after the last row written, so rows added meanwhile (newer ones) neither shift nor repeat a page
        @Nullable SecurityLogEntry last = null;
        while (true) {
            var page = pageAfter(filter, last);
            for (var entry : page) {
                SecurityLogCsv.row(entry, writer);
            }
            if (page.size() < CHUNK) {
                break;
            }
            last = page.getLast();
        }
        writer.flush();
    }

    private List<SecurityLogEntry> pageAfter(SecurityLogFilter filter, @Nullable SecurityLogEntry last) {
        var condition = filter.condition(clock.getZone());
        var args = new ArrayList<>(condition.args());
        String after = "";
        if (last != null) {
            after = " and (at, id) < (?, ?)";
            args.add(Timestamp.from(last.at()));
            args.add(last.id());
        }
        args.add(CHUNK);
        return jdbc.query(SELECT + condition.sql() + after + NEWEST_FIRST + " limit ?", ROW, args.toArray());
    }
}
