package org.migrationtracker.security;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The tracker's side of a directory sign-in (security.directory): each directory user has a shadow tracker user,
 * made at their first sign-in and brought up to date with the directory's name and groups at every one after. A local
 * account owns its name: the directory never signs in as it.
 */
@Service
public class DirectoryUsers {

    /** What the tracker says to a user the directory accepted. */
    public enum Outcome {
        /** Signed in, with the shadow user up to date. */
        SIGNED_IN,
        /** An admin disabled the shadow user: refused whatever the directory says. */
        DISABLED,
        /** A local tracker user has this name: refused, like a wrong password. */
        LOCAL_ACCOUNT
    }

    private final TrackerUserRepository repository;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DirectoryUsers(TrackerUserRepository repository, ApplicationEventPublisher events, Clock clock) {
        this.repository = repository;
        this.events = events;
        this.clock = clock;
    }

    /** Whether a local tracker user has this name; its sign-in is the tracker's password check alone. */
    @Transactional(readOnly = true)
    public boolean localAccountOwns(String username) {
        return repository.findByUsername(TrackerUser.normalizeUsername(username)).filter(u -> !u.isFromDirectory()).isPresent();
    }

    /**
     * Makes or updates the shadow user of someone the directory just accepted.
     *
     * @param roles the roles their groups give, never empty
     */
    @Transactional
    public Outcome signedIn(String username, String displayName, Set<Role> roles) {
        var now = clock.instant();
        var existing = repository.findByUsername(TrackerUser.normalizeUsername(username));
        if (existing.isPresent() && !existing.get().isFromDirectory()) {
            return Outcome.LOCAL_ACCOUNT;
        }
        if (existing.isPresent() && !existing.get().isEnabled()) {
            return Outcome.DISABLED;
        }
        if (existing.isEmpty()) {
            var user = repository.save(TrackerUser.fromDirectory(username, displayName, roles, now));
            published(user, SecurityEvent.Kind.USER_CREATED);
        } else if (existing.get().takeFromDirectory(displayName, roles, now)) {
            published(existing.get(), SecurityEvent.Kind.USER_CHANGED);
        }
        return Outcome.SIGNED_IN;
    }

    private void published(TrackerUser user, SecurityEvent.Kind kind) {
        repository.flush();
        // the user's sessions with other roles end (session.UserChangeEndsSessions); the admins' screen refreshes
        events.publishEvent(new TrackerUserChanged(user.getId(), user.getUsername()));
        String roles = user.getRoles().stream().map(Role::name).sorted().collect(Collectors.joining(","));
        events.publishEvent(new SecurityEvent(kind, user.getUsername(), user.getUsername(), null,
                "from the directory at sign-in; roles " + roles));
    }
}
