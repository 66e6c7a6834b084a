package org.migrationtracker.security.login;

import org.migrationtracker.security.CurrentRequest;
import org.migrationtracker.security.CurrentUser;
import org.migrationtracker.security.SecurityEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import java.util.List;

/** Admins see which user names and client addresses may not sign in for now, and lift such locks early. */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class LockedAccounts {

    private final LoginFailures failures;
    private final ApplicationEventPublisher events;
    private final CurrentUser currentUser;

    LockedAccounts(LoginFailures failures, ApplicationEventPublisher events, CurrentUser currentUser) {
        this.failures = failures;
        this.events = events;
        this.currentUser = currentUser;
    }

    /** Every lock in force now, user names and client addresses, the soonest to end first. */
    public List<SignInLock> locks() {
        return failures.locks();
    }

    /**
     * Lets the user name or address sign in again at once, its failures forgotten.
     *
     * @return false when it was no longer locked (the lock had ended, or another admin lifted it)
     */
    public boolean unlock(SignInLock lock) {
        if (!failures.unlock(lock.scope(), lock.key())) {
            return false;
        }
        boolean user = lock.scope() == SignInLock.Scope.USER;
        events.publishEvent(new SecurityEvent(SecurityEvent.Kind.UNLOCKED, currentUser.name(), user ? lock.key() : null,
                CurrentRequest.clientAddress(),
                (user ? "user name" : "client address " + lock.key()) + " unlocked (was locked until " + lock.lockedUntil() + ")"));
        return true;
    }
}
