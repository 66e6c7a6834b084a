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
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
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
    private static final PasswordPolicy POLICY = new PasswordPolicy(PasswordLength.defaults(), CommonPasswords.shipped());

    @Test
    void without_APP_ADMIN_PASSWORD_an_empty_installation_gets_an_admin_with_a_random_password_logged_once(CapturedOutput output) {
        when(repository.count()).thenReturn(0L);

        new InitialUsers(repository, encoder, transaction, environment, Clock.systemUTC(), POLICY, "").run(null);

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
        assertThat(saved.getValue().isPasswordChangeRequired()).as("the logged password must be changed").isTrue();
    }

    @Test
    void with_APP_ADMIN_PASSWORD_the_admin_gets_that_password_and_it_is_not_logged(CapturedOutput output) {
        when(repository.count()).thenReturn(0L);

        new InitialUsers(repository, encoder, transaction, environment, Clock.systemUTC(), POLICY, "chosen-by-operator").run(null);

        var saved = ArgumentCaptor.forClass(TrackerUser.class);
        verify(repository).save(saved.capture());
        assertThat(encoder.matches("chosen-by-operator", saved.getValue().getPasswordHash())).isTrue();
        assertThat(output.getOut()).doesNotContain("chosen-by-operator");
        assertThat(saved.getValue().isPasswordChangeRequired()).as("the operator chose it").isFalse();
    }

    @Test
    void an_APP_ADMIN_PASSWORD_the_rules_refuse_stops_the_start_with_the_rule_it_breaks_and_creates_nobody() {
        when(repository.count()).thenReturn(0L);
        String tooLongInBytes = "æøå".repeat(20); // 60 characters, 120 bytes: bcrypt would throw

        assertThatThrownBy(() -> new InitialUsers(repository, encoder, transaction, environment, Clock.systemUTC(),
                POLICY, tooLongInBytes).run(null))
                .isInstanceOf(InitialAdminPasswordRefused.class)
                .hasMessage("APP_ADMIN_PASSWORD is not acceptable: Password is too long: at most 72 bytes in UTF-8 "
                        + "(letters such as é, ø or å count as two)")
                .hasMessageNotContaining(tooLongInBytes);
        assertThatThrownBy(() -> new InitialUsers(repository, encoder, transaction, environment, Clock.systemUTC(),
                POLICY, "short").run(null))
                .hasMessage("APP_ADMIN_PASSWORD is not acceptable: Password must have at least 12 characters");
        verify(repository, never()).save(any());
    }

    @Test
    void the_start_failure_for_a_refused_APP_ADMIN_PASSWORD_says_what_to_do() {
        var analysis = new InitialAdminPasswordAnalyzer().analyze(new InitialAdminPasswordRefused("Password must not contain the user name"));

        assertThat(analysis.getDescription()).startsWith("APP_ADMIN_PASSWORD is not acceptable: Password must not contain the user name");
        assertThat(analysis.getAction()).contains("APP_ADMIN_PASSWORD").contains("leave it unset");
    }

    @Test
    void the_demo_profile_seeds_no_demo_users_into_a_database_that_holds_other_users(CapturedOutput output) {
        environment.setActiveProfiles("demo");
        var realAdmin = new TrackerUser("admin", "Administrator", encoder.encode("Chosen-by-the-team-1"), EnumSet.of(Role.ADMIN), Instant.EPOCH);
        var colleague = new TrackerUser("jens.hansen", "Jens Hansen", encoder.encode("Another-secret-22"), EnumSet.of(Role.HELPDESK), Instant.EPOCH);
        when(repository.findByUsername("admin")).thenReturn(Optional.of(realAdmin));
        when(repository.findByUsername("helpdesk")).thenReturn(Optional.empty());
        when(repository.findByUsername("lead")).thenReturn(Optional.empty());
        when(repository.findAllByOrderByUsernameAsc()).thenReturn(List.of(realAdmin, colleague));

        new InitialUsers(repository, encoder, transaction, environment, Clock.systemUTC(), POLICY, "").run(null);

        verify(repository, never()).save(any());
        assertThat(output.getOut()).contains("The demo profile created no demo users")
                .contains("2 tracker user(s) that are not demo users (admin, jens.hansen)");
    }

    @Test
    void the_demo_profile_adds_a_missing_demo_user_beside_the_other_demo_users() {
        environment.setActiveProfiles("demo");
        var demoAdmin = new TrackerUser("admin", "Ada Admin", encoder.encode("admin-demo"), EnumSet.of(Role.ADMIN), Instant.EPOCH);
        when(repository.findByUsername("admin")).thenReturn(Optional.of(demoAdmin));
        when(repository.findByUsername("helpdesk")).thenReturn(Optional.empty());
        when(repository.findByUsername("lead")).thenReturn(Optional.empty());
        when(repository.findAllByOrderByUsernameAsc()).thenReturn(List.of(demoAdmin));

        new InitialUsers(repository, encoder, transaction, environment, Clock.systemUTC(), POLICY, "").run(null);

        var saved = ArgumentCaptor.forClass(TrackerUser.class);
        verify(repository, times(2)).save(saved.capture());
        assertThat(saved.getAllValues()).extracting(TrackerUser::getUsername).containsExactly("helpdesk", "lead");
    }

    @Test
    void an_installation_with_users_gets_no_new_admin() {
        when(repository.count()).thenReturn(3L);

        new InitialUsers(repository, encoder, transaction, environment, Clock.systemUTC(), POLICY, "").run(null);

        verify(repository, never()).save(any());
    }

    @Test
    void the_demo_profile_seeds_the_three_demo_users_with_the_readme_passwords() {
        environment.setActiveProfiles("demo");
        when(repository.findByUsername(any())).thenReturn(Optional.empty());

        new InitialUsers(repository, encoder, transaction, environment, Clock.systemUTC(), POLICY, "").run(null);

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
