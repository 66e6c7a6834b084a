package org.migrationtracker.security.audit;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.List;
import java.util.UUID;

/** The security log as the tests read it: the rows naming a user, in the order written. */
public final class SecurityLogRows {

    public record Row(String kind, String actor, @Nullable String subject, @Nullable String clientAddress,
                      String instance, String detail) {
    }

    private static final String SELECT = "select kind, actor, subject, client_address, instance, detail from security_log";
    private static final RowMapper<Row> ROW = (rs, n) -> new Row(rs.getString(1), rs.getString(2), rs.getString(3),
            rs.getString(4), rs.getString(5), rs.getString(6));

    private SecurityLogRows() {
    }

    /** A user name no other test uses. */
    public static String uniqueName(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Rows whose actor or subject is the user, oldest first. */
    public static List<Row> about(JdbcTemplate jdbc, String username) {
        return jdbc.query(SELECT + " where lower(actor) = lower(?) or lower(subject) = lower(?) order by id", ROW,
                username, username);
    }

    public static List<Row> about(JdbcTemplate jdbc, String username, String kind) {
        return about(jdbc, username).stream().filter(row -> row.kind().equals(kind)).toList();
    }

    /** Rows written after the row with this id (see {@link #lastId}), whose actor is the user. */
    public static List<Row> byActorSince(JdbcTemplate jdbc, String actor, long lastId) {
        return jdbc.query(SELECT + " where actor = ? and id > ? order by id", ROW, actor, lastId);
    }

    public static long lastId(JdbcTemplate jdbc) {
        Long id = jdbc.queryForObject("select coalesce(max(id), 0) from security_log", Long.class);
        return id == null ? 0 : id;
    }

    /** Runs the work signed in as this user with this role, then restores who was signed in. */
    public static void as(String username, String role, Runnable work) {
        var context = SecurityContextHolder.getContext();
        var previous = context.getAuthentication();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, "",
                AuthorityUtils.createAuthorityList("ROLE_" + role)));
        try {
            work.run();
        } finally {
            context.setAuthentication(previous);
        }
    }
}
