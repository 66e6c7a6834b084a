package org.migrationtracker.project;

import org.migrationtracker.i18n.Message;
import org.migrationtracker.i18n.Refused;
import org.migrationtracker.security.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** The project's migration endpoints: admins keep the list, everyone reads it, batches choose from it. */
@Service
public class EndpointService {

    private final MigrationEndpointRepository endpoints;
    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final CurrentUser currentUser;

    EndpointService(MigrationEndpointRepository endpoints, JdbcTemplate jdbc, ApplicationEventPublisher events, Clock clock,
                    CurrentUser currentUser) {
        this.endpoints = endpoints;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
        this.currentUser = currentUser;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<MigrationEndpoint> list() {
        return endpoints.findAllByName();
    }

    /** By name, case-insensitive; for the batch rules, which check their own callers. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Optional<MigrationEndpoint> find(String name) {
        return endpoints.findByName(name.strip());
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public MigrationEndpoint create(EndpointData data) {
        if (endpoints.findByName(data.name()).isPresent()) {
            throw new Refused("endpoint.not-saved", Message.of("endpoint.name-taken", data.name()));
        }
        var saved = endpoints.saveAndFlush(new MigrationEndpoint(data, currentUser.actor(), clock.instant()));
        events.publishEvent(new EndpointsChanged());
        return saved;
    }

    /** Changes an endpoint; a rename follows into the batches that use it. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public MigrationEndpoint update(String name, long expectedVersion, EndpointData data) {
        var endpoint = load(name, expectedVersion);
        String before = endpoint.getName();
        if (!data.name().equalsIgnoreCase(before) && endpoints.findByName(data.name()).isPresent()) {
            throw new Refused("endpoint.not-saved", Message.of("endpoint.name-taken", data.name()));
        }
        endpoint.apply(data, currentUser.actor(), clock.instant());
        endpoints.flush();
        if (!before.equals(endpoint.getName())) {
            // the batches keep a copy of the name: the batch module follows the rename in this transaction
            events.publishEvent(new EndpointRenamed(before, endpoint.getName()));
        }
        events.publishEvent(new EndpointsChanged());
        return endpoint;
    }

    /** Refused while a batch that is not removed uses the endpoint. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void delete(String name, long expectedVersion) {
        var endpoint = load(name, expectedVersion);
        var users = jdbc.queryForList("select batch_name from batch_endpoint_use where lower(endpoint_name) = lower(?)"
                + " order by lower(batch_name)", String.class, endpoint.getName()); // the batch module's view (V017)
        if (!users.isEmpty()) {
            throw new Refused("endpoint.not-deleted", Message.of("endpoint.in-use", endpoint.getName(), String.join(", ", users), users.size()));
        }
        endpoints.delete(endpoint);
        endpoints.flush();
        events.publishEvent(new EndpointsChanged());
    }

    private MigrationEndpoint load(String name, long expectedVersion) {
        var endpoint = endpoints.findByName(name.strip()).orElseThrow(() -> new Refused("endpoint.no-such", name));
        if (endpoint.getVersion() != expectedVersion) {
            throw new ProjectService.ProjectSettingsConflict(Message.of("endpoint.conflict", endpoint.getName(),
                    endpoint.getUpdatedBy(), endpoint.getUpdatedAt()));
        }
        return endpoint;
    }

}
