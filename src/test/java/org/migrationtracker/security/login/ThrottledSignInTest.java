package org.migrationtracker.security.login;

import org.junit.jupiter.api.Test;
import org.migrationtracker.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The wrapper around the password providers, with stand-in providers: the order they are asked in, what counts as a
 * failure, and how long failures wait (the application's tests run without the wait).
 */
@IntegrationTest
class ThrottledSignInTest {

    @Autowired DataSource dataSource;
    @Autowired PasswordEncoder passwordEncoder;
    @Autowired Clock clock;

    private final List<Duration> pauses = new ArrayList<>();
    private final List<String> asked = new ArrayList<>();

    @Test
    void each_further_failure_waits_longer_up_to_four_delays() {
        var signIn = throttled(refusing("local", new BadCredentialsException("no")));
        String user = "someone-" + SignInAttempts.newAddress();

        for (int i = 0; i < 5; i++) {
            refused(signIn, user);
        }

        assertThat(pauses).containsExactly(Duration.ZERO, Duration.ofMillis(250), Duration.ofMillis(500),
                Duration.ofMillis(750), Duration.ofSeconds(1));
    }

    @Test
    void a_name_one_provider_does_not_know_is_asked_of_the_next_and_its_success_counts() {
        String user = "someone-" + SignInAttempts.newAddress();
        var signIn = throttled(refusing("local", new BadCredentialsException("unknown")), accepting("directory"));
        for (int i = 0; i < 4; i++) {
            refused(throttled(refusing("local", new BadCredentialsException("wrong"))), user);
        }

        assertThat(signIn.authenticate(attempt(user))).isNotNull();
        assertThat(asked).endsWith("local", "directory");
        assertThat(failures().failed(user, null).user().failures()).as("the success reset the count").isEqualTo(1);
    }

    @Test
    void a_disabled_account_is_not_asked_of_further_providers_and_counts_as_a_failure() {
        String user = "someone-" + SignInAttempts.newAddress();
        var signIn = throttled(refusing("local", new DisabledException("disabled")), accepting("directory"));

        refused(signIn, user);

        assertThat(asked).containsExactly("local");
        assertThat(failures().failed(user, null).user().failures()).isEqualTo(2);
    }

    @Test
    void a_provider_that_breaks_is_no_failure_of_the_user_and_is_not_disguised() {
        String user = "someone-" + SignInAttempts.newAddress();
        var signIn = throttled(refusing("directory", new InternalAuthenticationServiceException("directory unreachable")));

        assertThatThrownBy(() -> signIn.authenticate(attempt(user))).isInstanceOf(InternalAuthenticationServiceException.class);

        assertThat(failures().failed(user, null).user().failures()).as("nothing was counted").isEqualTo(1);
    }

    @Test
    void a_locked_name_asks_no_provider() {
        String user = "someone-" + SignInAttempts.newAddress();
        var signIn = throttled(refusing("local", new BadCredentialsException("wrong")));
        for (int i = 0; i < 5; i++) {
            refused(signIn, user);
        }
        asked.clear();

        refused(signIn, user);

        assertThat(asked).isEmpty();
    }

    private void refused(ThrottledSignIn signIn, String user) {
        assertThatThrownBy(() -> signIn.authenticate(attempt(user))).isInstanceOf(BadCredentialsException.class)
                .hasMessage(ThrottledSignIn.REFUSED);
    }

    @Test
    void a_database_that_does_not_answer_is_a_sign_in_that_could_not_be_checked_not_a_wrong_password() {
        var nowhere = new org.springframework.jdbc.datasource.DriverManagerDataSource(
                "jdbc:postgresql://127.0.0.1:1/tracker?connectTimeout=2", "tracker", "none");
        var away = new LoginFailures(JdbcClient.create(nowhere), new TransactionTemplate(new JdbcTransactionManager(nowhere)),
                SignInLimits.defaults(), clock);
        var signIn = new ThrottledSignIn(List.of(accepting("local")), away, passwordEncoder, event -> { }, pauses::add);

        assertThatThrownBy(() -> signIn.authenticate(attempt("someone-" + SignInAttempts.newAddress())))
                .isInstanceOf(org.springframework.security.authentication.AuthenticationServiceException.class)
                .satisfies(failure -> assertThat(org.migrationtracker.database.DatabaseUnavailable.isCause(failure)).isTrue());
        assertThat(asked).as("no provider asked").isEmpty();
    }

    private static Authentication attempt(String user) {
        return UsernamePasswordAuthenticationToken.unauthenticated(user, "a-password");
    }

    private ThrottledSignIn throttled(AuthenticationProvider... delegates) {
        return new ThrottledSignIn(List.of(delegates), failures(), passwordEncoder, event -> { }, pauses::add);
    }

    private LoginFailures failures() {
        return new LoginFailures(JdbcClient.create(dataSource), new TransactionTemplate(new JdbcTransactionManager(dataSource)),
                SignInLimits.defaults(), clock);
    }

    private AuthenticationProvider refusing(String name, RuntimeException why) {
        return provider(name, attempt -> {
            throw why;
        });
    }

    private AuthenticationProvider accepting(String name) {
        return provider(name, attempt -> UsernamePasswordAuthenticationToken.authenticated(attempt.getName(), null,
                AuthorityUtils.createAuthorityList("ROLE_HELPDESK")));
    }

    private AuthenticationProvider provider(String name, java.util.function.Function<Authentication, Authentication> answer) {
        return new AuthenticationProvider() {
            @Override
            public Authentication authenticate(Authentication attempt) {
                asked.add(name);
                return answer.apply(attempt);
            }

            @Override
            public boolean supports(Class<?> authentication) {
                return true;
            }
        };
    }
}
