package org.migrationtracker.security;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.SimpleTransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.transaction.PlatformTransactionManager;

import java.time.Clock;
import java.util.Optional;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

@ExtendWith(OutputCaptureExtension.class)
class InitialUsersTest {

    private final TrackerUserRepository repository = mock(TrackerUserRepository.class);
    private final TransactionTemplate transaction = new TransactionTemplate(noTransactionManager());
    private final MockEnvironment environment = new MockEnvironment();
    private final PasswordEncoder encoder =
            PasswordEncoderFactories.createDelegatingPasswordEncoder();

    @Test
    void without_APP_ADMIN_PASSWORD_an_empty_installation_gets_an_admin_with_a_random_password_logged_once(CapturedOutput output) {
        when(repository.count()).thenReturn(0L);

        new InitialUsers(repository, encoder, transaction, environment, Clock.systemUTC(), "").run(null);

        var saved = ArgumentCaptor.forClass(TrackerUser.class);
        verify(repository).save(saved.capture());
        var matcher = Pattern.compile("generated password '([^']+)'").matcher(output.getOut());
        assertThat(matcher.find()).as("password in the log").isTrue();
        String logged = matcher.group(1);
        assertThat(logged).hasSize(20);
        assertThat(saved.getValue().getUsername()).isEqualTo("admin");
        assertThat(saved.getValue().getRoles()).containsExactly(Role.ADMIN);
        assertThat(encoder.matches(logged, saved.getValue().getPasswordHash())).isTrue();
        assertThat(matcher.find()).as("logged only once").isFalse();
    }

    @Test
    void with_APP_ADMIN_PASSWORD_the_admin_gets_that_password_and_it_is_not_logged(CapturedOutput output) {
        when(repository.count()).thenReturn(0L);

        new InitialUsers(repository, encoder, transaction, environment, Clock.systemUTC(), "chosen-by-operator").run(null);

        var saved = ArgumentCaptor.forClass(TrackerUser.class);
        verify(repository).save(saved.capture());
        assertThat(encoder.matches("chosen-by-operator", saved.getValue().getPasswordHash())).isTrue();
        assertThat(output.getOut()).doesNotContain("chosen-by-operator");
    }

    @Test
    void an_installation_with_users_gets_no_new_admin() {
        when(repository.count()).thenReturn(3L);

        new InitialUsers(repository, encoder, transaction, environment, Clock.systemUTC(), "").run(null);

        verify(repository, never()).save(any());
    }

    @Test
    void the_demo_profile_seeds_the_three_demo_users_with_the_readme_passwords() {
        environment.setActiveProfiles("demo");
        when(repository.findByUsername(any())).thenReturn(Optional.empty());

        new InitialUsers(repository, encoder, transaction, environment, Clock.systemUTC(), "").run(null);

        var saved = ArgumentCaptor.forClass(TrackerUser.class);
        verify(repository, times(3)).save(saved.capture());
        assertThat(saved.getAllValues()).extracting(TrackerUser::getUsername).containsExactly("admin", "helpdesk", "lead");
        assertThat(saved.getAllValues()).allSatisfy(user ->
                assertThat(encoder.matches(user.getUsername() + "-demo", user.getPasswordHash())).isTrue());
        assertThat(saved.getAllValues().get(1).getRoles()).containsExactly(Role.HELPDESK);
        assertThat(saved.getAllValues().get(2).getRoles()).containsExactly(Role.LEAD);
    }

    private static PlatformTransactionManager noTransactionManager() {
        var manager = mock(PlatformTransactionManager.class);
        when(manager.getTransaction(any())).thenReturn(new SimpleTransactionStatus());
        return manager;
    }
}
