package org.migrationtracker.batch;

import org.migrationtracker.project.EndpointRenamed;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Keeps the endpoint name each batch carries when the endpoint is renamed (in the rename's transaction). */
@Component
class BatchEndpointNames {

    private final JdbcTemplate jdbc;

    BatchEndpointNames(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(EndpointRenamed renamed) {
        // every batch, removed ones too: their history names the endpoint they ran on
        jdbc.update("update migration_batch set endpoint_name = ? where lower(endpoint_name) = lower(?)",
                renamed.after(), renamed.before());
    }
}
