package org.migrationtracker.security;

import org.migrationtracker.i18n.Message;
import org.migrationtracker.i18n.Refused;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.Set;

/** Admins manage tracker users here; every method checks the caller's role. */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class TrackerUserService {

    private final TrackerUserRepository repository;
    private final PasswordEncoder passwordEncoder;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final CurrentUser currentUser;
    private final PasswordPolicy policy;

    TrackerUserService(TrackerUserRepository repository, PasswordEncoder passwordEncoder,
                       ApplicationEventPublisher events, Clock clock, CurrentUser currentUser, PasswordPolicy policy) {
        this.repository = repository;
        this.policy = policy;
        this.passwordEncoder = passwordEncoder;
        this.events = events;
        this.clock = clock;
        this.currentUser = currentUser;
    }

    /** The rules a password an admin sets must meet, for the form to check them as one types. */
    public PasswordPolicy passwordPolicy() {
        return policy;
    }

    @Transactional(readOnly = true)
    public List<TrackerUser> findAll() {
        return repository.findAllByOrderByUsernameAsc();
    }

    /** Enabled users by user name, for every signed-in user: the project plan names step owners among them. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<TrackerUserName> enabledNames() {
        return repository.findAllByOrderByUsernameAsc().stream().filter(TrackerUser::isEnabled)
                .map(u -> new TrackerUserName(u.getUsername(), u.getDisplayName())).toList();
    }

    @Transactional
    public TrackerUser create(String username, String displayName, Set<Role> roles, String password) {
        requireAcceptable(TrackerUser.normalizeUsername(username), password);
        if (repository.findByUsername(TrackerUser.normalizeUsername(username)).isPresent()) {
            throw new Refused("users.exists", TrackerUser.normalizeUsername(username));
        }
        var created = new TrackerUser(username, displayName, passwordEncoder.encode(password), roles, clock.instant());
        // the admin knows it: the user chooses their own at first sign-in
        created.requirePasswordChange();
        var user = repository.save(created);
        recorded(SecurityEvent.Kind.USER_CREATED, user, "display name '" + user.getDisplayName() + "', roles "
                + UserChanges.roles(user.getRoles()) + (user.isEnabled() ? "" : ", disabled"));
        published(user);
        return user;
    }

    /**
     * Changes a user's name, roles and whether they may sign in.
     *
     * @param expectedVersion the version the admin's form was loaded with; a newer one in the database is a conflict
     */
    @Transactional
    public TrackerUser update(long id, long expectedVersion, String displayName, Set<Role> roles, boolean enabled) {
        var user = load(id, expectedVersion);
        if (user.isFromDirectory() && (!user.getRoles().equals(roles) || !user.getDisplayName().equals(displayName.strip()))) {
            // the next sign-in would take them from the directory again: change them there
            throw new Refused("users.directory-managed", user.getUsername());
        }
        boolean losesAdmin = user.hasRole(Role.ADMIN) && user.isEnabled() && (!roles.contains(Role.ADMIN) || !enabled);
        if (losesAdmin && repository.countEnabledAdmins() <= 1) {
            throw new Refused("users.last-admin", user.getUsername());
        }
        boolean yourself = user.getUsername().equals(currentUser.signedInName().orElse(""));
        if (!enabled && yourself) {
            throw new Refused("users.not-yourself");
        }
        if (losesAdmin && yourself) {
            // another admin takes the role away: nobody locks themselves out of user management by a click
            throw new Refused("users.not-your-own-admin");
        }
        var before = UserChanges.of(user);
        user.rename(displayName);
        user.changeRoles(roles);
        user.setEnabled(enabled);
        user.touch(clock.instant());
        before.to(UserChanges.of(user)).ifPresent(change -> recorded(SecurityEvent.Kind.USER_CHANGED, user, change));
        published(user);
        return user;
    }

    /** Sets a password the admin hands to the user, who must choose their own at their next sign-in. */
    @Transactional
    public TrackerUser resetPassword(long id, long expectedVersion, String newPassword) {
        var user = load(id, expectedVersion);
        if (user.isFromDirectory()) {
            throw new Refused("users.directory-password", user.getUsername());
        }
        requireAcceptable(user.getUsername(), newPassword);
        user.changePasswordHash(passwordEncoder.encode(newPassword), true);
        user.touch(clock.instant());
        recorded(SecurityEvent.Kind.PASSWORD_RESET, user, "password set by an admin");
        published(user);
        return user;
    }

    private TrackerUser load(long id, long expectedVersion) {
        var user = repository.findById(id).orElseThrow(() -> new Refused("users.no-such-id", id));
        if (user.getVersion() != expectedVersion) {
            throw new ConcurrentChangeException(Message.of("users.conflict", user.getUsername(), user.getUpdatedAt()));
        }
        return user;
    }

    private void requireAcceptable(String username, String password) {
        policy.problem(username, password).ifPresent(problem -> {
            throw new Refused(problem);
        });
    }

    /**
     * For the security log, in this transaction: recorded if the change commits, and before what the change sets off
     * (the sessions it ends), so the log reads cause first. Never the password.
     */
    private void recorded(SecurityEvent.Kind kind, TrackerUser user, String detail) {
        events.publishEvent(new SecurityEvent(kind, currentUser.actor(), user.getUsername(), null, detail));
    }

    private void published(TrackerUser user) {
        repository.flush();
        events.publishEvent(new TrackerUserChanged(user.getId(), user.getUsername()));
    }
}
