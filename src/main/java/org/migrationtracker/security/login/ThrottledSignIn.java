package org.migrationtracker.security.login;

import org.migrationtracker.security.CurrentRequest;
import org.jspecify.annotations.Nullable;
import org.migrationtracker.security.SecurityEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.AccountStatusException;
import org.springframework.dao.DataAccessException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Every password sign-in, the form's and HTTP Basic's alike: refused while its user name or client address is locked,
 * otherwise handed to the providers that check passwords, its outcome counted in {@link LoginFailures}. Whatever went
 * wrong (a wrong password, no such user, a disabled or a locked account), the answer is the same
 * {@link BadCredentialsException} after one bcrypt check, so neither its words nor its time tell which it was.
 * API tokens are no passwords and never come here.
 */
public final class ThrottledSignIn implements AuthenticationProvider {

    /** The one answer to every refused sign-in; the form and the API turn it into their usual refusal. */
    static final String REFUSED = "Bad credentials";

    private final List<AuthenticationProvider> delegates;
    private final LoginFailures failures;
    private final PasswordEncoder passwordEncoder;
    private final ApplicationEventPublisher events;
    private final Pause pause;
    private volatile @Nullable String dummyHash;

    /** Waits before a refusal is answered; tests replace the sleeping. */
    @FunctionalInterface
    interface Pause {
        Pause SLEEP = delay -> {
            try {
                Thread.sleep(delay);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        };

        void sleep(Duration delay);
    }

    /** @param delegates the providers that check a password, asked in this order (the local tracker users first) */
    ThrottledSignIn(List<AuthenticationProvider> delegates, LoginFailures failures, PasswordEncoder passwordEncoder,
                    ApplicationEventPublisher events, Pause pause) {
        this.delegates = List.copyOf(delegates);
        this.failures = failures;
        this.passwordEncoder = passwordEncoder;
        this.events = events;
        this.pause = pause;
    }

    /** The check of the tracker's own users' passwords, to be wrapped (see {@code SecurityConfig#passwordChecks}). */
    public static AuthenticationProvider localUsers(UserDetailsService users, PasswordEncoder passwordEncoder) {
        return SignInConfiguration.trackerUsers(users, passwordEncoder);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    @Override
    public @Nullable Authentication authenticate(Authentication attempt) {
        if (!(attempt instanceof UsernamePasswordAuthenticationToken)) {
            return null;
        }
        String username = attempt.getName();
        @Nullable String address = clientAddress(attempt);
        Optional<SignInLock> lock;
        try {
            lock = failures.lockOn(username, address);
        } catch (DataAccessException unavailable) {
            // the database is away: the sign-in cannot be checked, which the form and the API say as such
            throw new AuthenticationServiceException("sign-in failures could not be read", unavailable);
        }
        if (lock.isPresent()) {
            // the cost of a password check, so a locked account answers no faster than a wrong password
            passwordEncoder.matches(password(attempt), dummyHash());
            failedSignIn(username, address, "refused unchecked: " + describe(lock.get()));
            throw refused();
        }
        try {
            var signedIn = delegate(attempt);
            failures.succeeded(username, address);
            return signedIn;
        } catch (AuthenticationServiceException broken) {
            // the database or the directory failed, not the user: nothing to count, Spring Security answers it
            throw broken;
        } catch (AuthenticationException wrong) {
            var failure = failures.failed(username, address);
            failedSignIn(username, address, wrong instanceof DisabledException ? "account disabled"
                    : wrong instanceof AccountStatusException ? "account not usable" : "wrong password or unknown user");
            failure.lockedAnew().forEach(locked -> lockedOut(username, address, locked, failure));
            pause.sleep(failure.delay());
            throw refused();
        }
    }

    /** Like Spring's ProviderManager: the first provider that answers; a refusal lets the next one try. */
    private Authentication delegate(Authentication attempt) {
        AuthenticationException last = null;
        for (var provider : delegates) {
            if (!provider.supports(attempt.getClass())) {
                continue;
            }
            try {
                var result = provider.authenticate(attempt);
                if (result != null) {
                    return result;
                }
            } catch (AccountStatusException status) {
                // this provider's account, disabled (its password checked all the same): no other provider signs it in
                throw status;
            } catch (AuthenticationServiceException broken) {
                throw broken;
            } catch (AuthenticationException refused) {
                last = refused;
            }
        }
        throw last != null ? last : new BadCredentialsException("no provider checked the password");
    }

    private void lockedOut(String username, @Nullable String address, SignInLock locked, LoginFailures.Failure failure) {
        boolean user = locked.scope() == SignInLock.Scope.USER;
        int failures = user ? failure.user().failures() : Objects.requireNonNull(failure.address()).failures();
        events.publishEvent(new SecurityEvent(SecurityEvent.Kind.LOCKED_OUT, tried(username), user ? locked.key() : null,
                address, describe(locked) + " after " + failures + " failed sign-ins"));
    }

    private void failedSignIn(String username, @Nullable String address, String why) {
        events.publishEvent(new SecurityEvent(SecurityEvent.Kind.SIGN_IN_FAILED, tried(username), null, address,
                why + where()));
    }

    private String dummyHash() {
        var hash = dummyHash;
        if (hash == null) {
            hash = passwordEncoder.encode(UUID.randomUUID().toString());
            dummyHash = hash;
        }
        return hash;
    }

    private static BadCredentialsException refused() {
        return new BadCredentialsException(REFUSED);
    }

    private static String password(Authentication attempt) {
        return attempt.getCredentials() == null ? "" : attempt.getCredentials().toString();
    }

    private static String describe(SignInLock lock) {
        return (lock.scope() == SignInLock.Scope.USER ? "user name" : "client address " + lock.key()) + " locked until "
                + lock.lockedUntil();
    }

    /** The name as tried, cut to what a log line holds. */
    private static String tried(String username) {
        return SignInLock.userKey(username);
    }

    private static @Nullable String clientAddress(Authentication attempt) {
        if (attempt.getDetails() instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null) {
            return web.getRemoteAddress();
        }
        return CurrentRequest.clientAddress();
    }

    private static String where() {
        var request = CurrentRequest.get();
        return request == null ? "" : " (" + request.getMethod() + " " + request.getRequestURI() + ")";
    }
}
