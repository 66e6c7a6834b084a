package org.migrationtracker.security.login;

import org.migrationtracker.security.PasswordChecks;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.util.List;

/**
 * The one {@link AuthenticationProvider} of the application, {@link ThrottledSignIn}, which the sign-in form and HTTP
 * Basic on the API both use (Spring Security takes a single provider bean for its global authentication manager).
 * The providers that check passwords are not beans: they are listed here, in one place.
 */
@Configuration
@EnableConfigurationProperties(SignInLimits.class)
class SignInConfiguration {

    @Bean
    ThrottledSignIn throttledSignIn(PasswordChecks checks, PasswordEncoder passwordEncoder,
                                    LoginFailures failures, ApplicationEventPublisher events) {
        // every way a password is checked (local users, then Active Directory's), put together in SecurityConfig
        return new ThrottledSignIn(checks.providers(), failures, passwordEncoder, events, ThrottledSignIn.Pause.SLEEP);
    }

    /**
     * The tracker's own users. An unknown user name costs a bcrypt check against a dummy hash (Spring's own timing
     * guard); a disabled account costs its password check before it is refused, like a wrong password, not faster.
     */
    static DaoAuthenticationProvider trackerUsers(UserDetailsService trackerUsers, PasswordEncoder passwordEncoder) {
        var provider = new DaoAuthenticationProvider(trackerUsers);
        provider.setPasswordEncoder(passwordEncoder);
        // Spring Security 7.1's default, said here because the timing depends on it (SignInTimingTest measures it)
        provider.setAlwaysPerformAdditionalChecksOnUser(true);
        provider.setHideUserNotFoundExceptions(true);
        try {
            provider.afterPropertiesSet();
        } catch (Exception invalid) {
            throw new IllegalStateException(invalid);
        }
        return provider;
    }
}
