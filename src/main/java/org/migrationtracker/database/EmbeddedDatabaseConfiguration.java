package org.migrationtracker.database;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Starts a real PostgreSQL in-process when no external database is configured, so that the application runs
 * with nothing installed but a JDK. Its data directory survives restarts (see docs/adr/0002).
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoExternalDatabaseCondition.class)
@EnableConfigurationProperties(EmbeddedDatabaseProperties.class)
class EmbeddedDatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

    /**
     * Zonky's own JVM shutdown hook would stop PostgreSQL at once on SIGTERM, while requests still run; instead it
     * stops as the last bean Spring destroys, after the web server drained and the pool closed (docs/adr/0037).
     */
    @Bean
    EmbeddedServer embeddedPostgres(EmbeddedDatabaseProperties properties) throws IOException {
        Path directory = properties.ephemeral()
                ? Files.createTempDirectory("migration-tracker-pg")
                : properties.dataDirectory().toAbsolutePath().normalize();
        Files.createDirectories(directory);
        var builder = EmbeddedPostgres.builder()
                .setDataDirectory(directory)
                .setCleanDataDirectory(properties.ephemeral())
                .setPGStartupWait(Duration.ofSeconds(60))
                .setRegisterShutdownHook(false)
                .setServerConfig("max_connections", "100");
        properties.settings().forEach(builder::setServerConfig);
        if (properties.port() > 0) {
            builder.setPort(properties.port());
        }
        var postgres = builder.start();
        log.info("Embedded PostgreSQL started on port {} with its data in {}{}", postgres.getPort(), directory,
                properties.ephemeral() ? " (temporary, deleted on shutdown)" : "");
        return new EmbeddedServer(postgres);
    }

    /** The pool; {@code spring.datasource.hikari.*} applies to it as to an external database's pool. */
    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(EmbeddedServer server) {
        EmbeddedPostgres postgres = server.postgres();
        var dataSource = new HikariDataSource();
        dataSource.setPoolName("tracker");
        dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        dataSource.setUsername("postgres");
        dataSource.setMaximumPoolSize(10);
        return dataSource;
    }

    /** The running PostgreSQL; closing it stops the server (a fast shutdown) and logs that it did. */
    record EmbeddedServer(EmbeddedPostgres postgres) implements AutoCloseable {

        @Override
        public void close() throws IOException {
            long started = System.nanoTime();
            postgres.close();
            log.info("Embedded PostgreSQL stopped in {} ms", (System.nanoTime() - started) / 1_000_000);
        }
    }
}
