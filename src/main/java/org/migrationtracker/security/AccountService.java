package org.migrationtracker.security;

import org.migrationtracker.i18n.Message;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.Optional;

/** What signed-in users do with their own account: read it, change their password with the current one. */
@Service
@PreAuthorize("isAuthenticated()")
public class AccountService {

    private final TrackerUserRepository repository;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy policy;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AccountService(TrackerUserRepository repository, PasswordEncoder passwordEncoder, PasswordPolicy policy,
                   CurrentUser currentUser, ApplicationEventPublisher events, Clock clock) {
        this.repository = repository;
        this.passwordEncoder = passwordEncoder;
        this.policy = policy;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** The signed-in user's own account. */
    @Transactional(readOnly = true)
    public Optional<TrackerUser> mine() {
        return currentUser.signedInName().flatMap(repository::findByUsername);
    }

    /** The rules a new password must meet, for the form's help text. */
    public PasswordRulesInForce rules() {
        return new PasswordRulesInForce(policy.minLength(), policy.maxLength(), PasswordPolicy.MAX_BYTES);
    }

    /**
     * Replaces the signed-in user's password; the current one proves it is them and not someone at an unlocked screen.
     * Their other sessions end on every instance; this one goes on.
     *
     * @throws PasswordChangeRefused when the current password is wrong or the new one breaks a rule; nothing changed
     */
    @Transactional
    public void changeOwnPassword(String current, String chosen) {
        // a directory user's password is the directory's: there is none here to check or change
        var user = mine().filter(found -> !found.isFromDirectory())
                .orElseThrow(() -> new PasswordChangeRefused(Message.of("account.no-password-here"), false));
        if (!passwordEncoder.matches(current, user.getPasswordHash())) {
            throw new PasswordChangeRefused(Message.of("account.wrong-current-password"), true);
        }
        if (chosen.equals(current)) {
            throw new PasswordChangeRefused(Message.of("account.same-password"), false);
        }
        policy.problem(user.getUsername(), chosen).ifPresent(problem -> {
            throw new PasswordChangeRefused(problem, false);
        });
        user.changePasswordHash(passwordEncoder.encode(chosen), false);
        user.touch(clock.instant());
        repository.flush();
        // the record first, then the sessions the change ends: the security log reads cause first
        events.publishEvent(new SecurityEvent(SecurityEvent.Kind.PASSWORD_CHANGED, user.getUsername(), user.getUsername(),
                CurrentRequest.clientAddress(), "own password changed"));
        events.publishEvent(new TrackerUserChanged(user.getId(), user.getUsername()));
    }

    /** Lengths in characters, and bcrypt's limit in bytes. */
    public record PasswordRulesInForce(int minLength, int maxLength, int maxBytes) {
    }
}
