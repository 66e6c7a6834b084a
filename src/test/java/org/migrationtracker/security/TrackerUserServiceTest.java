package org.migrationtracker.security;

import org.junit.jupiter.api.Test;
import org.migrationtracker.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithMockUser;

import java.util.EnumSet;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class TrackerUserServiceTest {

    @Autowired TrackerUserService users;
    @Autowired TrackerUserRepository repository;
    @Autowired PasswordEncoder passwordEncoder;

    @Test
    @WithMockUser(username = "harry", roles = "HELPDESK")
    void helpdesk_may_not_list_or_create_tracker_users() {
        assertThatThrownBy(() -> users.findAll()).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> users.create("sneaky", "Sneaky", EnumSet.of(Role.ADMIN), "a-long-password"))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThat(repository.findByUsername("sneaky")).isEmpty();
    }

    @Test
    @WithMockUser(username = "harry", roles = "HELPDESK")
    void every_role_sees_who_may_sign_in_to_own_a_plan_step_but_not_the_whole_list() {
        var enabled = repository.findAll().stream().filter(TrackerUser::isEnabled).map(TrackerUser::getUsername).toList();
        assertThat(users.enabledNames()).extracting(TrackerUserName::username).contains("admin")
                .containsExactlyInAnyOrderElementsOf(enabled);
        assertThatThrownBy(() -> users.findAll()).isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    @WithMockUser(username = "lena", roles = "LEAD")
    void the_lead_may_not_change_tracker_users() {
        long id = repository.findByUsername("admin").orElseThrow().getId();

        assertThatThrownBy(() -> users.update(id, 0, "Hijacked", EnumSet.of(Role.LEAD), true))
                .isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    @WithMockUser(username = "ada", roles = "ADMIN")
    void a_second_save_from_a_stale_form_is_refused_and_overwrites_nothing() {
        var created = users.create(unique(), "Original Name", EnumSet.of(Role.HELPDESK), "a-long-password");
        long loadedVersion = created.getVersion();
        users.update(created.getId(), loadedVersion, "First Admin's Name", EnumSet.of(Role.HELPDESK), true);

        assertThatThrownBy(() -> users.update(created.getId(), loadedVersion, "Second Admin's Name",
                EnumSet.of(Role.LEAD), true))
                .isInstanceOf(ConcurrentChangeException.class)
                .hasMessageContaining(created.getUsername())
                .hasMessageContaining("changed by someone else");
        var stored = repository.findById(created.getId()).orElseThrow();
        assertThat(stored.getDisplayName()).isEqualTo("First Admin's Name");
        assertThat(stored.getRoles()).containsExactly(Role.HELPDESK);
    }

    @Test
    @WithMockUser(username = "ada", roles = "ADMIN")
    void a_reset_password_replaces_the_hash() {
        var created = users.create(unique(), "Forgetful", EnumSet.of(Role.LEAD), "first-password");

        users.resetPassword(created.getId(), created.getVersion(), "second-password");

        var stored = repository.findById(created.getId()).orElseThrow();
        assertThat(passwordEncoder.matches("second-password", stored.getPasswordHash())).isTrue();
        assertThat(passwordEncoder.matches("first-password", stored.getPasswordHash())).isFalse();
        assertThat(stored.isPasswordChangeRequired()).as("the admin knows it").isTrue();
    }

    @Test
    @WithMockUser(username = "ada", roles = "ADMIN")
    void a_user_an_admin_created_must_choose_their_own_password_at_first_sign_in() {
        var created = users.create(unique(), "Newcomer", EnumSet.of(Role.HELPDESK), "handed-over-secret");

        assertThat(repository.findById(created.getId()).orElseThrow().isPasswordChangeRequired()).isTrue();
    }

    @Test
    @WithMockUser(username = "ada", roles = "ADMIN")
    void a_password_containing_the_user_name_or_a_common_one_is_refused_and_nothing_is_created() {
        String name = unique();

        assertThatThrownBy(() -> users.create(name, "Vain", EnumSet.of(Role.LEAD), "my-" + name + "-secret"))
                .hasMessage("Password must not contain the user name");
        assertThatThrownBy(() -> users.create(name, "Lazy", EnumSet.of(Role.LEAD), "qwertyuiop123"))
                .hasMessage("This password is among the most common ones, which are tried first: choose another");
        assertThat(repository.findByUsername(name)).isEmpty();
    }

    @Test
    @WithMockUser(username = "ada", roles = "ADMIN")
    void a_short_password_is_refused_with_the_rule() {
        assertThatThrownBy(() -> users.create(unique(), "Short", EnumSet.of(Role.LEAD), "short"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Password must have at least 12 characters");
    }

    @Test
    @WithMockUser(username = "ada", roles = "ADMIN")
    void a_duplicate_username_is_refused_whatever_its_case() {
        String name = unique();
        users.create(name, "First", EnumSet.of(Role.LEAD), "a-long-password");

        assertThatThrownBy(() -> users.create(name.toUpperCase(), "Second", EnumSet.of(Role.LEAD), "a-long-password"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("already exists");
    }

    @Test
    @WithMockUser(username = "ada", roles = "ADMIN")
    void a_disabled_user_cannot_sign_in_any_more(@Autowired TrackerUserDetailsService signIn) {
        var created = users.create(unique(), "Leaver", EnumSet.of(Role.HELPDESK), "a-long-password");
        assertThat(signIn.loadUserByUsername(created.getUsername()).isEnabled()).isTrue();

        users.update(created.getId(), created.getVersion(), "Leaver", EnumSet.of(Role.HELPDESK), false);

        assertThat(signIn.loadUserByUsername(created.getUsername()).isEnabled()).isFalse();
    }

    @Test
    @WithMockUser(username = "ada", roles = "ADMIN")
    void an_admin_cannot_disable_their_own_account() {
        var self = users.create("ada", "Ada", EnumSet.of(Role.ADMIN), "a-long-password");

        assertThatThrownBy(() -> users.update(self.getId(), self.getVersion(), "Ada", EnumSet.of(Role.ADMIN), false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("You cannot disable your own account");
    }

    @Test
    @WithMockUser(username = "grace", roles = "ADMIN")
    void an_admin_cannot_take_the_admin_role_from_themselves_even_beside_another_admin() {
        var self = users.create("grace", "Grace", EnumSet.of(Role.ADMIN), "a-long-password");
        users.create(unique(), "Another Admin", EnumSet.of(Role.ADMIN), "a-long-password");

        assertThatThrownBy(() -> users.update(self.getId(), self.getVersion(), "Grace", EnumSet.of(Role.LEAD), true))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("You cannot take the admin role from yourself: another admin can");
        assertThat(users.findAll()).filteredOn(user -> user.getId().equals(self.getId()))
                .singleElement().satisfies(user -> assertThat(user.getRoles()).containsExactly(Role.ADMIN));
    }

    private static String unique() {
        return "u" + UUID.randomUUID().toString().substring(0, 8);
    }
}
