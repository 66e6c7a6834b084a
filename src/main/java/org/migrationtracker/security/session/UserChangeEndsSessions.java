package org.migrationtracker.security.session;

import org.jspecify.annotations.Nullable;
import org.migrationtracker.security.CurrentUser;
import org.migrationtracker.security.TrackerUserChanged;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * When a tracker user changes, their sessions that no longer match them end, in the same transaction as the change
 * (and on every instance once it commits): all of them when the user was disabled, those signed in with other roles
 * when the roles changed, those signed in with an older password when it was reset. A user who changes their own
 * password keeps the session they did it in; their others end.
 */
@Component
class UserChangeEndsSessions {

    private final JdbcTemplate jdbc;
    private final SessionRegistry registry;
    private final CurrentUser currentUser;

    UserChangeEndsSessions(JdbcTemplate jdbc, SessionRegistry registry, CurrentUser currentUser) {
        this.jdbc = jdbc;
        this.registry = registry;
        this.currentUser = currentUser;
    }

    /** The user as stored now: whether they may sign in, their roles and a stamp of their password. */
    private record Now(boolean enabled, String roles, String stamp) {
    }

    @EventListener
    void changed(TrackerUserChanged change) {
        var now = jdbc.query("""
                select u.enabled, u.password_hash,
                       coalesce((select string_agg(r.role, ',' order by r.role) from tracker_user_role r where r.user_id = u.id), '')
                from tracker_user u where u.id = ?""",
                (rs, n) -> new Now(rs.getBoolean(1), rs.getString(3), SessionRegistry.stamp(rs.getString(2))),
                change.userId());
        if (now.isEmpty()) {
            return;
        }
        var current = SessionMark.current();
        boolean ownChange = currentUser.signedInName().map(change.username()::equalsIgnoreCase).orElse(false);
        var ending = new EnumMap<SessionEnd, List<UUID>>(SessionEnd.class);
        for (var session : registry.openSessionsOf(change.username())) {
            var reason = reason(now.getFirst(), session, ownChange);
            if (reason == SessionEnd.PASSWORD_CHANGED && current != null && current.id.equals(session.id())) {
                // the session the user changed it in goes on, signed in with the new password from now on
                jdbc.update("update tracker_session set credential_stamp = ? where id = ?", now.getFirst().stamp(), session.id());
                continue;
            }
            if (reason != null) {
                ending.computeIfAbsent(reason, r -> new ArrayList<>()).add(session.id());
            }
        }
        for (Map.Entry<SessionEnd, List<UUID>> entry : ending.entrySet()) {
            registry.end(entry.getValue(), entry.getKey());
        }
    }

    private static @Nullable SessionEnd reason(Now now, SessionRegistry.OpenSession session, boolean ownChange) {
        if (!now.enabled()) {
            return SessionEnd.USER_DISABLED;
        }
        if (!now.roles().equals(session.roles())) {
            return SessionEnd.ROLES_CHANGED;
        }
        if (session.credentialStamp() != null && !Objects.equals(now.stamp(), session.credentialStamp())) {
            return ownChange ? SessionEnd.PASSWORD_CHANGED : SessionEnd.PASSWORD_RESET;
        }
        return null;
    }
}
