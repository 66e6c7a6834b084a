package org.migrationtracker.security.session;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.time.Clock;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Signed-in sessions of the screens (docs/adr/0030): Spring Security gives a new session id at sign-in (session
 * fixation protection, its default); this records the sign-in in the {@link SessionRegistry}, checks every request
 * against it ({@link SessionCheck}) and closes the row at sign-out. The API and the calendar keep no sessions.
 */
@Component
public class TrackerSessions {

    private final SessionRegistry registry;
    private final LocalSessions local;
    private final Clock clock;

    TrackerSessions(SessionRegistry registry, LocalSessions local, Clock clock) {
        this.registry = registry;
        this.local = local;
        this.clock = clock;
    }

    /** Applies the session rules to the screens' filter chain. */
    public void configure(HttpSecurity http) throws Exception {
        http.addFilterBefore(new SessionCheck(registry, local, clock), SecurityContextHolderFilter.class);
        http.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()));
        http.logout(logout -> logout.addLogoutHandler(this::signedOut));
    }

    /** After the form sign-in (the session has its new id already): the session enters the registry. */
    @EventListener
    void signedIn(InteractiveAuthenticationSuccessEvent event) {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
            return;
        }
        var request = attributes.getRequest();
        var authentication = event.getAuthentication();
        var mark = registry.signedIn(authentication.getName(), roles(authentication), request.getRemoteAddr());
        local.signedIn(request.getSession(), mark);
    }

    static String roles(Authentication authentication) {
        return authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(authority -> authority.startsWith("ROLE_")).map(authority -> authority.substring(5))
                .sorted().collect(Collectors.joining(","));
    }

    /** Runs before Spring Security invalidates the session, so the mark is still there. */
    private void signedOut(HttpServletRequest request, @Nullable HttpServletResponse response,
                           @Nullable Authentication authentication) {
        var mark = SessionMark.of(request.getSession(false));
        if (mark != null) {
            registry.end(List.of(mark.id), SessionEnd.SIGNED_OUT);
        }
    }
}
