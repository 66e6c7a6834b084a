package org.migrationtracker.security.session;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.time.Clock;
import java.util.List;

/**
 * Before Spring Security reads a request's sign-in from its session: ends a session that outlived its absolute
 * lifetime, or that another instance ended (the notification came, or the registry says so at the once-a-minute
 * check, where the session's last action is written too). The request then goes on as an anonymous one.
 */
class SessionCheck extends OncePerRequestFilter {

    private final SessionRegistry registry;
    private final LocalSessions local;
    private final Clock clock;

    SessionCheck(SessionRegistry registry, LocalSessions local, Clock clock) {
        this.registry = registry;
        this.local = local;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var session = request.getSession(false);
        var mark = SessionMark.of(session);
        if (mark != null) {
            check(request, mark);
        }
        chain.doFilter(request, response);
    }

    private void check(HttpServletRequest request, SessionMark mark) {
        var session = request.getSession(false);
        var now = clock.instant();
        if (local.isEnded(mark.id)) {
            LocalSessions.invalidate(session);
        } else if (!now.isBefore(mark.signedInAt.plus(registry.absoluteLifetime()))) {
            registry.end(List.of(mark.id), SessionEnd.ABSOLUTE_LIFETIME);
            LocalSessions.invalidate(session);
        } else {
            if (isUserAction(request)) {
                mark.lastAction = now;
            }
            if (!now.isBefore(mark.lastChecked.plus(SessionRegistry.CHECK_INTERVAL))) {
                mark.lastChecked = now;
                if (!registry.stillOpen(mark.id, mark.lastAction)) {
                    LocalSessions.invalidate(session);
                }
            }
        }
    }

    /** A heartbeat or the push channel keeps a tab alive; it is not the user doing something. */
    private static boolean isUserAction(HttpServletRequest request) {
        var type = request.getParameter("v-r");
        return !"heartbeat".equals(type) && !"push".equals(type);
    }
}
