package org.migrationtracker.security.audit;

import org.migrationtracker.security.CurrentRequest;
import jakarta.servlet.http.HttpServletRequest;
import org.aopalliance.intercept.MethodInvocation;
import org.jspecify.annotations.Nullable;
import org.migrationtracker.security.SecurityEvent;
import org.migrationtracker.security.SecurityEvent.Kind;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.security.authorization.method.MethodInvocationResult;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;

/**
 * Turns Spring Security's own events into security log records: a sign-in through the form (one record), an API
 * call's sign-in (HTTP Basic or an API token: at most one per user per interval, {@link ApiSignIns}), and a refusal of
 * a signed-in user by a URL rule (an API endpoint) or by {@code @PreAuthorize} on a service method. Each refusal is
 * recorded once, where Spring Security decides it; the 403 answer that follows records nothing. Anonymous visitors'
 * refusals (the redirect to the sign-in page, an API call without credentials) are not refusals of anyone and are
 * left out. A refused screen is recorded by the access-denied page (Vaadin decides those, not Spring Security).
 */
@Component
class SpringSecurityEvents {

    private static final AuthenticationTrustResolver TRUST = new AuthenticationTrustResolverImpl();

    private final ApplicationEventPublisher events;
    private final ApiSignIns apiSignIns;
    private final Clock clock;

    SpringSecurityEvents(ApplicationEventPublisher events, Clock clock,
                         @Value("${tracker.security-log.api-sign-in-interval:15m}") Duration apiSignInInterval) {
        this.events = events;
        this.apiSignIns = new ApiSignIns(apiSignInInterval);
        this.clock = clock;
    }

    @EventListener
    void signedInThroughTheForm(InteractiveAuthenticationSuccessEvent event) {
        var name = event.getAuthentication().getName();
        events.publishEvent(new SecurityEvent(Kind.SIGN_IN, name, name, null, "sign-in form"));
    }

    /** Also published for the form's sign-in, before the interactive event: only API calls count here. */
    @EventListener
    void signedIn(AuthenticationSuccessEvent event) {
        var request = CurrentRequest.get();
        if (request == null || !isApi(request)) {
            return;
        }
        var authentication = event.getAuthentication();
        var name = authentication.getName();
        if (apiSignIns.toRecord(name, clock.instant())) {
            // an API token's authentication describes itself in its details; HTTP Basic's are the request's
            String how = authentication.getDetails() instanceof CharSequence described ? described.toString() : "HTTP Basic";
            events.publishEvent(new SecurityEvent(Kind.SIGN_IN, name, name, null,
                    "API call with " + how + ": " + request.getMethod() + " " + request.getRequestURI()
                            + " (further API sign-ins of this user within the interval are not recorded)"));
        }
    }

    @EventListener
    void refused(AuthorizationDeniedEvent<?> event) {
        Authentication authentication = event.getAuthentication().get();
        if (authentication == null || TRUST.isAnonymous(authentication) || !authentication.isAuthenticated()) {
            return;
        }
        events.publishEvent(new SecurityEvent(Kind.ACCESS_REFUSED, authentication.getName(), null, null,
                refusedWhat(event.getSource())));
    }

    /** The endpoint or the method, never a query string or an argument (a method may take a password). */
    static String refusedWhat(Object secured) {
        return switch (secured) {
            case HttpServletRequest request -> "endpoint " + request.getMethod() + " " + request.getRequestURI();
            case MethodInvocationResult result -> method(result.getMethodInvocation());
            case MethodInvocation invocation -> method(invocation);
            default -> secured.getClass().getSimpleName();
        };
    }

    private static String method(MethodInvocation invocation) {
        var method = invocation.getMethod();
        return "service method " + method.getDeclaringClass().getSimpleName() + "." + method.getName();
    }

    private static boolean isApi(HttpServletRequest request) {
        var path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/api/") || path.startsWith("/v3/api-docs");
    }

}
