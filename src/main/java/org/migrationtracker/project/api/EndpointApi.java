package org.migrationtracker.project.api;

import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.migrationtracker.i18n.Message;
import org.migrationtracker.i18n.Refused;
import org.migrationtracker.project.EndpointData;
import org.migrationtracker.project.EndpointKind;
import org.migrationtracker.project.EndpointService;
import org.migrationtracker.project.MigrationEndpoint;
import org.migrationtracker.project.ProjectService;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.List;

/** {@code /api/v1/endpoints}: the project's migration endpoints (every role reads, admins write). Never a password. */
@Tag(name = "Endpoints", description = "The migration endpoints batches use")
@RestController
@RequestMapping("/api/v1/endpoints")
class EndpointApi {

    private final EndpointService endpoints;

    EndpointApi(EndpointService endpoints) {
        this.endpoints = endpoints;
    }

    record EndpointJson(String name, EndpointKind kind, String exchangeServer, String rpcProxyServer, String account,
                        int maxConcurrent, long version, Instant updatedAt, String updatedBy) {

        static EndpointJson of(MigrationEndpoint e) {
            var d = e.data();
            return new EndpointJson(d.name(), d.kind(), d.exchangeServer(), d.rpcProxyServer(), d.account(), d.maxConcurrent(),
                    e.getVersion(), e.getUpdatedAt(), e.getUpdatedBy());
        }
    }

    /** Messages serialise as their English text. */
    record Refusal(Message message) {
    }

    @Operation(operationId = "listEndpoints", summary = "List the migration endpoints",
            description = "Every role. Never a password.")
    @GetMapping
    List<EndpointJson> list() {
        return endpoints.list().stream().map(EndpointJson::of).toList();
    }

    @Operation(operationId = "createEndpoint", summary = "Create a migration endpoint",
            description = "Admins. Host names are checked; the account is an address or DOMAIN\\user.")
    @ApiResponse(responseCode = "201", description = "Created", content = @Content(mediaType = "application/json", schema = @Schema(implementation = EndpointJson.class)))
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<EndpointJson> create(@RequestBody EndpointData endpoint) {
        return ResponseEntity.status(HttpStatus.CREATED).body(EndpointJson.of(endpoints.create(endpoint)));
    }

    /** @param version the version the caller read; a newer one on the server is a 409 conflict */
    @Operation(operationId = "changeEndpoint", summary = "Change a migration endpoint",
            description = "Admins. Give the version you read: a newer one is a 409 conflict. A rename follows into the batches that use it.")
    @PutMapping(path = "/{name}", consumes = MediaType.APPLICATION_JSON_VALUE)
    EndpointJson update(@PathVariable String name, @RequestParam long version, @RequestBody EndpointData endpoint) {
        return EndpointJson.of(endpoints.update(name, version, endpoint));
    }

    /** Refused (422) while a batch that is not removed uses the endpoint. */
    @Operation(operationId = "deleteEndpoint", summary = "Delete a migration endpoint no batch uses",
            description = "Admins. Refused (422) while a batch that is not removed uses it.")
    @ApiResponse(responseCode = "204", description = "Deleted")
    @DeleteMapping("/{name}")
    ResponseEntity<Void> delete(@PathVariable String name, @RequestParam long version) {
        endpoints.delete(name, version);
        return ResponseEntity.noContent().build();
    }

    @ExceptionHandler(ProjectService.ProjectSettingsConflict.class)
    ResponseEntity<Refusal> conflict(ProjectService.ProjectSettingsConflict conflict) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(new Refusal(conflict.message()));
    }

    @ExceptionHandler(Refused.class)
    ResponseEntity<Refusal> refused(Refused refused) {
        return ResponseEntity.unprocessableContent().body(new Refusal(refused.message()));
    }
}
