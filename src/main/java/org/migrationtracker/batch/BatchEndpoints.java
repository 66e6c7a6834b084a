package org.migrationtracker.batch;

import org.jspecify.annotations.Nullable;
import org.migrationtracker.i18n.Message;
import org.migrationtracker.project.EndpointKind;
import org.migrationtracker.project.EndpointService;
import org.migrationtracker.project.MigrationMethod;
import org.springframework.stereotype.Component;

import java.util.Objects;
import java.util.Optional;

/**
 * Which endpoint a batch may name: one from the project's list, of the kind its method uses, and for staged
 * migrations the one endpoint every batch uses (002: one endpoint for all batches).
 */
@Component
class BatchEndpoints {

    private final EndpointService endpoints;
    private final MigrationBatchRepository batches;

    BatchEndpoints(EndpointService endpoints, MigrationBatchRepository batches) {
        this.endpoints = endpoints;
        this.batches = batches;
    }

    /** @param batchId the batch being changed, null for a new one */
    Optional<Message> problem(String endpointName, MigrationMethod method, @Nullable Long batchId) {
        if (endpointName.isBlank()) {
            return Optional.empty();
        }
        var endpoint = endpoints.find(endpointName);
        if (endpoint.isEmpty()) {
            return Optional.of(Message.of("batch.unknown-endpoint", endpointName));
        }
        if (endpoint.get().getKind() != EndpointKind.of(method)) {
            return Optional.of(Message.of("batch.endpoint-kind", endpoint.get().getName(),
                    Message.of("endpoint.kind." + endpoint.get().getKind().name()), Message.of("method." + method.name())));
        }
        if (method == MigrationMethod.STAGED) {
            var other = batches.findAllForBoard().stream()
                    .filter(b -> b.getStatus() != BatchStatus.REMOVED && !Objects.equals(b.getId(), batchId))
                    .map(MigrationBatch::getEndpointName)
                    .filter(name -> !name.isBlank() && !name.equalsIgnoreCase(endpoint.get().getName()))
                    .findFirst();
            if (other.isPresent()) {
                return Optional.of(Message.of("batch.staged-one-endpoint", other.get()));
            }
        }
        return Optional.empty();
    }
}
