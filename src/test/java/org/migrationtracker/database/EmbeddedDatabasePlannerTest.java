package org.migrationtracker.database;

import org.junit.jupiter.api.Test;
import org.migrationtracker.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The app's embedded PostgreSQL plans for storage where a random read costs little more than a sequential one, and has
 * room for the WAL of a first load (application.properties, docs/adr/0045).
 */
@IntegrationTest
class EmbeddedDatabasePlannerTest {

    @Autowired JdbcTemplate jdbc;

    @Test
    void the_embedded_server_runs_with_the_random_page_cost_of_fast_storage_room_for_a_first_loads_wal_and_other_settings_as_postgresql_has_them() {
        assertThat(jdbc.queryForObject("show random_page_cost", String.class)).isEqualTo("1.1");
        assertThat(jdbc.queryForObject("show seq_page_cost", String.class)).isEqualTo("1");
        assertThat(jdbc.queryForObject("show wal_buffers", String.class)).isEqualTo("16MB");
        assertThat(jdbc.queryForObject("show max_wal_size", String.class)).isEqualTo("2GB");
        assertThat(jdbc.queryForObject("show max_connections", String.class)).isEqualTo("100");
    }
}
