package org.migrationtracker.security;

import com.vaadin.flow.component.UI;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Who is using the tracker on this thread: name, roles and language. The one place that reads Spring Security's
 * context, so services and screens ask a question in the domain's words instead of handling an
 * {@code Authentication}. Setting a context (the demo's seeding, the calendar feed acting as its subscriber) is not
 * its business.
 */
@Component
public class CurrentUser {

    /** Who changed something when nobody is signed in: start-up work and scheduled jobs. */
    public static final String SYSTEM = "system";

    private final UserPreferences preferences;

    CurrentUser(UserPreferences preferences) {
        this.preferences = preferences;
    }

    /** Whether someone (not an anonymous visitor) is signed in. */
    public boolean isSignedIn() {
        return signedIn() != null;
    }

    /** The signed-in user's name; only for work that requires one (a service behind {@code @PreAuthorize}). */
    public String name() {
        return signedInName().orElseThrow(() -> new IllegalStateException("nobody is signed in"));
    }

    /** The signed-in user's name, or empty when nobody is. */
    public Optional<String> signedInName() {
        return nameOnThisThread();
    }

    /** Whom a change is recorded under: the signed-in user, or {@link #SYSTEM} for work nobody signed in started. */
    public String actor() {
        return signedInName().orElse(SYSTEM);
    }

    /** The tracker roles of the signed-in user; empty when nobody is signed in. */
    public Set<Role> roles() {
        var authentication = signedIn();
        var roles = EnumSet.noneOf(Role.class);
        if (authentication != null) {
            for (GrantedAuthority granted : authentication.getAuthorities()) {
                Arrays.stream(Role.values()).filter(role -> role.authority().equals(granted.getAuthority())).forEach(roles::add);
            }
        }
        return roles;
    }

    public boolean hasRole(Role role) {
        return roles().contains(role);
    }

    public boolean hasAnyRole(Role... any) {
        var mine = roles();
        return Arrays.stream(any).anyMatch(mine::contains);
    }

    /**
     * The language to speak to the user in. On a screen it is the screen's (their chosen language, set when the UI
     * opens, or else the browser's); elsewhere (the API, the calendar feed) their chosen language, else English.
     */
    public Locale locale() {
        var ui = UI.getCurrent();
        if (ui != null) {
            return ui.getLocale();
        }
        return isSignedIn() ? preferences.language().orElse(Locale.ENGLISH) : Locale.ENGLISH;
    }

    /** For {@link UserPreferences}, which {@link #locale()} reads, so it cannot be injected there. */
    static Optional<String> nameOnThisThread() {
        return Optional.ofNullable(signedIn()).map(Authentication::getName);
    }

    private static @Nullable Authentication signedIn() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication instanceof AnonymousAuthenticationToken ? null : authentication;
    }
}
