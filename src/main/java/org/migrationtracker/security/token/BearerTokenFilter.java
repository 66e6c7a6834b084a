package org.migrationtracker.security.token;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.migrationtracker.problem.ProblemAnswer;
import org.migrationtracker.security.SecurityEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * Signs in an API call that sends {@code Authorization: Bearer mtk_…}: a refused token is a 401, a read-only token on
 * anything but GET a 403; calls without a Bearer header go on to HTTP Basic unchanged.
 */
final class BearerTokenFilter extends OncePerRequestFilter {

    /** The challenge of a 401: a Bearer one, which no browser answers with a credentials dialog (docs/adr/0029). */
    private static final String CHALLENGE = "Bearer realm=\"Migration Tracker\"";

    private static final String BEARER = "Bearer ";

    private final ApiTokenCheck check;
    private final ApplicationEventPublisher events;

    BearerTokenFilter(ApiTokenCheck check, ApplicationEventPublisher events) {
        this.check = check;
        this.events = events;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            chain.doFilter(request, response);
            return;
        }
        switch (check.check(header.substring(BEARER.length()).strip())) {
            case ApiTokenCheck.Outcome.Refused refused -> {
                SecurityContextHolder.clearContext();
                events.publishEvent(new SecurityEvent(SecurityEvent.Kind.SIGN_IN_FAILED, refused.username(), null,
                        request.getRemoteAddr(), refused.why() + " on " + request.getMethod() + " " + request.getRequestURI()));
                response.setHeader(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE + ", error=\"invalid_token\"");
                ProblemAnswer.write(request, response, HttpServletResponse.SC_UNAUTHORIZED,
                        "The API token is unknown, revoked or expired, or its user is disabled: create a new one under My account → API tokens");
            }
            case ApiTokenCheck.Outcome.Accepted(var authentication) when !authentication.scope().allows(request.getMethod()) -> {
                events.publishEvent(new SecurityEvent(SecurityEvent.Kind.ACCESS_REFUSED, authentication.getName(), null,
                        request.getRemoteAddr(), "read-only API token '" + authentication.tokenName() + "' (id "
                        + authentication.tokenId() + ") on " + request.getMethod() + " " + request.getRequestURI()));
                response.setHeader(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE + ", error=\"insufficient_scope\"");
                ProblemAnswer.write(request, response, HttpServletResponse.SC_FORBIDDEN,
                        "This API token is read-only: it may only read (GET). Use a token with full rights to change data");
            }
            case ApiTokenCheck.Outcome.Accepted(var authentication) -> {
                // asked on each call: Vaadin installs its own strategy after this filter was made
                var contexts = SecurityContextHolder.getContextHolderStrategy();
                var context = contexts.createEmptyContext();
                context.setAuthentication(authentication);
                contexts.setContext(context);
                // as HTTP Basic's sign-in is announced: the security log records it (once in a while, not per call)
                events.publishEvent(new AuthenticationSuccessEvent(authentication));
                chain.doFilter(request, response);
            }
        }
    }
}
