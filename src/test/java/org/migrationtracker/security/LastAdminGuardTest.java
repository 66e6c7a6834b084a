package org.migrationtracker.security;

import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.util.ReflectionTestUtils;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** The rule that keeps an installation administrable, without Spring. */
class LastAdminGuardTest {

    private final TrackerUserRepository repository = mock(TrackerUserRepository.class);
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-21T10:00:00Z"), ZoneOffset.UTC);
    private final TrackerUserService service = new TrackerUserService(repository, mock(PasswordEncoder.class),
            mock(ApplicationEventPublisher.class), clock,
            new CurrentUser(mock(UserPreferences.class)),
            new PasswordPolicy(PasswordLength.defaults(), CommonPasswords.shipped()));
    private final TrackerUser onlyAdmin = new TrackerUser("root", "Only Admin", "{noop}x", EnumSet.of(Role.ADMIN), clock.instant());

    LastAdminGuardTest() {
        ReflectionTestUtils.setField(onlyAdmin, "id", 1L);
    }

    @Test
    void the_last_active_admin_keeps_the_admin_role() {
        when(repository.findById(1L)).thenReturn(Optional.of(onlyAdmin));
        when(repository.countEnabledAdmins()).thenReturn(1L);

        assertThatThrownBy(() -> service.update(1L, 0, "Only Admin", EnumSet.of(Role.LEAD), true))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("last active admin");
        assertThat(onlyAdmin.getRoles()).containsExactly(Role.ADMIN);
    }

    @Test
    void the_last_active_admin_cannot_be_disabled() {
        when(repository.findById(1L)).thenReturn(Optional.of(onlyAdmin));
        when(repository.countEnabledAdmins()).thenReturn(1L);

        assertThatThrownBy(() -> service.update(1L, 0, "Only Admin", EnumSet.of(Role.ADMIN), false))
                .hasMessageContaining("last active admin");
        assertThat(onlyAdmin.isEnabled()).isTrue();
    }

    @Test
    void an_admin_may_step_down_while_another_admin_remains() {
        when(repository.findById(1L)).thenReturn(Optional.of(onlyAdmin));
        when(repository.countEnabledAdmins()).thenReturn(2L);

        service.update(1L, 0, "Former Admin", EnumSet.of(Role.LEAD), true);

        assertThat(onlyAdmin.getRoles()).containsExactly(Role.LEAD);
        assertThat(onlyAdmin.getUpdatedAt()).isEqualTo(clock.instant());
    }
}
