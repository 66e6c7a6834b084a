package org.migrationtracker.security;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.List;

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
                .authorities(authorities(user))
                .build();
    }

    private static List<GrantedAuthority> authorities(TrackerUser user) {
        var authorities = new ArrayList<GrantedAuthority>();
        user.getRoles().forEach(role -> authorities.add(new SimpleGrantedAuthority(role.authority())));
        if (user.isPasswordChangeRequired()) {
            authorities.add(PasswordChange.REQUIRED);
        }
        return authorities;
    }
}
