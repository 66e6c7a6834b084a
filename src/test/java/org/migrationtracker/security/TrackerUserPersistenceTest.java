package org.migrationtracker.security;

import org.junit.jupiter.api.Test;
import org.migrationtracker.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithMockUser;

import java.util.EnumSet;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class TrackerUserPersistenceTest {

    @Autowired JdbcTemplate jdbc;
    @Autowired TrackerUserRepository repository;
    @Autowired TrackerUserService users;
    @Autowired PasswordEncoder passwordEncoder;

    @Test
    void flyway_migrated_the_embedded_postgresql() {
        String database = jdbc.queryForObject("select version()", String.class);
        Integer applied = jdbc.queryForObject(
                "select count(*) from flyway_schema_history where version = '001' and success", Integer.class);

        assertThat(database).startsWith("PostgreSQL 18");
        assertThat(applied).isEqualTo(1);
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void a_stored_user_can_be_found_by_username_in_any_case() {
        String name = "u" + UUID.randomUUID().toString().substring(0, 8);
        users.create(name, "Stored User", EnumSet.of(Role.HELPDESK, Role.LEAD), "a-long-password");

        var found = repository.findByUsername(name.toUpperCase());

        assertThat(found).isPresent();
        assertThat(found.get().getDisplayName()).isEqualTo("Stored User");
        assertThat(found.get().getRoles()).containsExactlyInAnyOrder(Role.HELPDESK, Role.LEAD);
    }

    @Test
    void the_initial_admin_password_is_stored_only_as_a_bcrypt_hash() {
        var admin = repository.findByUsername("admin").orElseThrow();
        String stored = jdbc.queryForObject("select password_hash from tracker_user where username = 'admin'", String.class);

        assertThat(admin.getRoles()).containsExactly(Role.ADMIN);
        assertThat(stored).startsWith("{bcrypt}$2").doesNotContain(IntegrationTest.ADMIN_PASSWORD);
        assertThat(passwordEncoder.matches(IntegrationTest.ADMIN_PASSWORD, stored)).isTrue();
    }

    @Test
    void the_database_refuses_an_unknown_role() {
        Long id = repository.findByUsername("admin").orElseThrow().getId();

        assertThatThrownBy(() ->
                        jdbc.update("insert into tracker_user_role (user_id, role) values (?, 'ROOT')", id))
                .hasMessageContaining("tracker_user_role_known");
    }
}
