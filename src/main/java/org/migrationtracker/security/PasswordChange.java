package org.migrationtracker.security;

import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * A user whose password an admin set signs in with this mark: the screens send them to choose their own first, and
 * the API answers 403 to their password until they have (docs/adr/0034).
 */
public final class PasswordChange {

    public static final GrantedAuthority REQUIRED = new SimpleGrantedAuthority("PASSWORD_CHANGE_REQUIRED");

    private PasswordChange() {
    }

    public static boolean isRequired(@Nullable Authentication authentication) {
        return authentication != null && authentication.getAuthorities().stream()
                .anyMatch(granted -> REQUIRED.getAuthority().equals(granted.getAuthority()));
    }

    /** The same sign-in without the mark, once the user chose their own password. */
    public static Authentication done(Authentication authentication) {
        var authorities = authentication.getAuthorities().stream()
                .filter(granted -> !REQUIRED.getAuthority().equals(granted.getAuthority())).toList();
        var renewed = UsernamePasswordAuthenticationToken.authenticated(authentication.getPrincipal(), null, authorities);
        renewed.setDetails(authentication.getDetails());
        return renewed;
    }
}
