package org.migrationtracker.security;

import org.springframework.security.authentication.AuthenticationProvider;

import java.util.List;

/**
 * Every way a password is checked at sign-in, asked in this order: the tracker's own users, then Active Directory's
 * when it is configured. Not providers of their own: sign-in throttling wraps them all (security.login).
 */
public record PasswordChecks(List<AuthenticationProvider> providers) {

    public PasswordChecks {
        providers = List.copyOf(providers);
    }
}
