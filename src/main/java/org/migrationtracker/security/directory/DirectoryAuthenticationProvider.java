package org.migrationtracker.security.directory;

import com.unboundid.ldap.sdk.LDAPException;
import org.jspecify.annotations.Nullable;
import org.migrationtracker.security.DirectoryUsers;
import org.migrationtracker.security.Role;
import org.migrationtracker.security.TrackerUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

import java.util.Locale;
import java.util.Set;

/**
 * Signs in a user name and password with the directory: the password must be right, and the user's groups must give
 * at least one tracker role. Every refusal but a disabled shadow user answers like a wrong password. A name that a
 * local tracker user owns is left to the local sign-in: the directory is not asked.
 */
final class DirectoryAuthenticationProvider implements AuthenticationProvider {

    private static final Logger log = LoggerFactory.getLogger(DirectoryAuthenticationProvider.class);

    private final Directory directory;
    private final DirectoryRoles roles;
    private final DirectoryUsers users;

    DirectoryAuthenticationProvider(Directory directory, DirectoryRoles roles, DirectoryUsers users) {
        this.directory = directory;
        this.roles = roles;
        this.users = users;
    }

    @Override
    public @Nullable Authentication authenticate(Authentication attempt) {
        String username = attempt.getName().strip().toLowerCase(Locale.ROOT);
        String password = attempt.getCredentials() == null ? "" : attempt.getCredentials().toString();
        if (!TrackerUser.isPossibleUsername(username) || password.isEmpty()) {
            throw refused();
        }
        if (users.localAccountOwns(username)) {
            return null;
        }
        DirectoryAccount account;
        try {
            account = directory.signIn(username, password).orElseThrow(DirectoryAuthenticationProvider::refused);
        } catch (LDAPException unreachable) {
            // the result code and the directory's words only: never a password
            log.warn("Directory sign-in of {} failed: {} ({})", username, unreachable.getResultCode(), unreachable.getMessage());
            throw new AuthenticationServiceException("The directory could not check the password");
        }
        var granted = roles.rolesOf(account.groups());
        if (granted.isEmpty()) {
            log.info("Directory sign-in of {} refused: none of their {} groups is mapped to a role (tracker.ldap.roles)",
                    username, account.groups().size());
            throw refused();
        }
        switch (shadowed(username, account.displayName(), granted)) {
            case LOCAL_ACCOUNT -> throw refused();
            case DISABLED -> throw new DisabledException("User is disabled");
            case SIGNED_IN -> {
                // signed in below
            }
        }
        var authorities = granted.stream().map(Role::authority).map(SimpleGrantedAuthority::new).toList();
        var principal = User.withUsername(username).password("").authorities(authorities).build();
        var signedIn = UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities);
        signedIn.setDetails(attempt.getDetails());
        return signedIn;
    }

    private DirectoryUsers.Outcome shadowed(String username, String displayName, Set<Role> granted) {
        try {
            return users.signedIn(username, displayName, granted);
        } catch (DataIntegrityViolationException | OptimisticLockingFailureException concurrent) {
            // the same user's other sign-in (a script's parallel calls) made or changed the shadow just now
            return users.signedIn(username, displayName, granted);
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    /** The words of the local sign-in's wrong password. */
    private static BadCredentialsException refused() {
        return new BadCredentialsException("Bad credentials");
    }
}
