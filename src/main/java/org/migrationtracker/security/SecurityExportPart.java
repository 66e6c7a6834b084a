package org.migrationtracker.security;

import org.migrationtracker.csv.TableExport;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Set;

/**
 * The security module's files of the full export: the tracker users without their password hashes, with their roles,
 * and the security log. API tokens, sessions and sign-in failures stay out: secrets' hashes and short-lived state.
 */
@Component
@Order(50)
class SecurityExportPart extends TableExport {

    SecurityExportPart(JdbcTemplate jdbc) {
        super(jdbc, List.of(
                new File("users.csv", "select u.*, (select string_agg(r.role, ' ' order by r.role) from tracker_user_role r "
                        + "where r.user_id = u.id) as roles from tracker_user u order by u.id", Set.of("password_hash")),
                new File("security_log.csv", "select * from security_log order by id")));
    }
}
