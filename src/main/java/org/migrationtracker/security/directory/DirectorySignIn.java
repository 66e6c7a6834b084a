package org.migrationtracker.security.directory;

import org.migrationtracker.security.DirectoryUsers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * Sign-in with Active Directory when {@code tracker.ldap.url} is set, none otherwise. Security's sign-in puts its
 * provider after the local one (SecurityConfig); it is no bean of its own, so that whoever composes the sign-in
 * (throttling, lockout) decides where it goes.
 */
@Component
@EnableConfigurationProperties(DirectoryProperties.class)
public class DirectorySignIn {

    private static final Logger log = LoggerFactory.getLogger(DirectorySignIn.class);

    private final Optional<AuthenticationProvider> provider;

    DirectorySignIn(DirectoryProperties properties, DirectoryUsers users) {
        if (properties.enabled()) {
            provider = Optional.of(new DirectoryAuthenticationProvider(new Directory(properties),
                    DirectoryRoles.of(properties.roles()), users));
            log.info("Sign-in with the directory at {} (users under {}, groups under {}), beside local users",
                    properties.url(), properties.userSearchDn(), properties.groupSearchDn());
        } else {
            provider = Optional.empty();
        }
    }

    /** The directory's sign-in; empty when directory sign-in is off (tracker.ldap.url blank, the default). */
    public Optional<AuthenticationProvider> provider() {
        return provider;
    }
}
