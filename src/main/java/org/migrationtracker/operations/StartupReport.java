package org.migrationtracker.operations;

import org.migrationtracker.live.PgEventRelay;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.sql.SQLException;

/**
 * One line at start that an operations team reads first: the tracker's version, the database it uses (server
 * version, address, user; never a password), whether tracing exports, and its name on the live-update relay. The
 * relay logs each other instance the first time it hears from it.
 */
@Component
class StartupReport {

    private static final Logger log = LoggerFactory.getLogger(StartupReport.class);

    private final DataSource dataSource;
    private final PgEventRelay relay;
    private final ObjectProvider<BuildProperties> build;
    private final Environment environment;

    StartupReport(DataSource dataSource, PgEventRelay relay, ObjectProvider<BuildProperties> build, Environment environment) {
        this.dataSource = dataSource;
        this.relay = relay;
        this.build = build;
        this.environment = environment;
    }

    @EventListener(ApplicationReadyEvent.class)
    void report() {
        log.info("Migration Tracker {} ready: database {}; live updates relayed as instance {} on PostgreSQL channel {}; tracing {}",
                version(), database(), relay.instance(), PgEventRelay.CHANNEL, tracing());
    }

    String version() {
        return build.stream().map(BuildProperties::getVersion).findFirst().orElse("(development build)");
    }

    String database() {
        try (var connection = dataSource.getConnection()) {
            var meta = connection.getMetaData();
            // as the database module decides: no spring.datasource.url starts the embedded PostgreSQL
            String embedded = environment.getProperty("spring.datasource.url", "").isBlank() ? " (embedded)" : "";
            String url = meta.getURL();
            // without the parameters, where a password may be written
            url = url.contains("?") ? url.substring(0, url.indexOf('?')) : url;
            return meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion() + " at " + url
                    + " as " + meta.getUserName() + embedded;
        } catch (SQLException | RuntimeException unavailable) {
            return "unavailable (" + unavailable.getMessage() + ")";
        }
    }

    String tracing() {
        String endpoint = environment.getProperty(TracingSwitch.ENDPOINT, "");
        if (!TracingSwitch.on(environment)) {
            return endpoint.isBlank() ? "off (no OTLP endpoint)" : "off (management.opentelemetry.enabled=false)";
        }
        // without user information or parameters, where a credential may be written
        return endpoint.isBlank() ? "on, not exported (no OTLP endpoint)" : "to " + endpoint.replaceAll("//[^/@]*@", "//").replaceAll("\\?.*$", "");
    }
}
