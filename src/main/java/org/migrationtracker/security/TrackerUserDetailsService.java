package org.migrationtracker.security;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads tracker users: their roles and whether they may sign in (the calendar subscription asks), and for the local
 * sign-in their password hash.
 */
@Service
class TrackerUserDetailsService implements UserDetailsService {

    private final TrackerUserRepository repository;

    TrackerUserDetailsService(TrackerUserRepository repository) {
        this.repository = repository;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        return details(repository.findByUsername(username.trim()).orElseThrow(() -> new UsernameNotFoundException("No such user")));
    }

    /**
     * For the local sign-in: a directory user's shadow is no user here, since its hash has a prefix that no password
     * encoder knows (and the delegating encoder throws on it); the directory sign-in checks their password.
     */
    UserDetails loadLocalUserByUsername(String username) {
        return details(repository.findByUsername(username.trim()).filter(found -> !found.isFromDirectory())
                .orElseThrow(() -> new UsernameNotFoundException("No such user")));
    }

    private static UserDetails details(TrackerUser user) {
        return User.withUsername(user.getUsername())
                .password(user.getPasswordHash())
                .disabled(!user.isEnabled())
                .authorities(user.getRoles().stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList())
                .build();
    }
}
