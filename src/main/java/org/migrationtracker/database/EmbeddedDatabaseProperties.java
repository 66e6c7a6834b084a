package org.migrationtracker.database;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.nio.file.Path;
import java.util.Map;

/**
 * Settings of the in-process PostgreSQL, used only when {@code spring.datasource.url} is not set.
 *
 * @param dataDirectory where the cluster's files live; reused on the next start
 * @param ephemeral     when true, a fresh cluster in a temporary directory that is deleted on shutdown (tests)
 * @param port          TCP port on loopback, 0 for any free port
 * @param settings      PostgreSQL server settings passed at start ({@code tracker.embedded-db.settings.work_mem=16MB});
 *                      the benchmarks load {@code pg_stat_statements} this way
 */
@ConfigurationProperties("tracker.embedded-db")
record EmbeddedDatabaseProperties(Path dataDirectory, boolean ephemeral, int port, Map<String, String> settings) {

    EmbeddedDatabaseProperties {
        if (dataDirectory == null) {
            dataDirectory = Path.of("data", "postgres");
        }
        settings = settings == null ? Map.of() : Map.copyOf(settings);
    }
}
