package org.migrationtracker.database;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code tracker.embedded-db.settings.*} reach the in-process PostgreSQL as server settings at its start. */
class EmbeddedDatabaseSettingsTest {

    @Test
    void settings_are_passed_to_the_embedded_server_and_others_keep_their_defaults() throws Exception {
        var properties = new EmbeddedDatabaseProperties(Path.of("unused"), true, 0,
                Map.of("work_mem", "17MB", "shared_preload_libraries", "pg_stat_statements"));
        try (var server = new EmbeddedDatabaseConfiguration().embeddedPostgres(properties)) {
            assertThat(show(server, "work_mem")).isEqualTo("17MB");
            assertThat(show(server, "shared_preload_libraries")).isEqualTo("pg_stat_statements");
            assertThat(show(server, "max_connections")).isEqualTo("100");
        }
    }

    @Test
    void without_settings_the_server_runs_with_its_defaults() throws Exception {
        var properties = new EmbeddedDatabaseProperties(null, true, 0, null);
        assertThat(properties.settings()).isEmpty();
        try (var server = new EmbeddedDatabaseConfiguration().embeddedPostgres(properties)) {
            assertThat(show(server, "work_mem")).isEqualTo("4MB");
        }
    }

    private static String show(EmbeddedDatabaseConfiguration.EmbeddedServer server, String setting) throws SQLException {
        try (var connection = server.postgres().getPostgresDatabase().getConnection();
             var result = connection.createStatement().executeQuery("show " + setting)) {
            result.next();
            return result.getString(1);
        }
    }
}
