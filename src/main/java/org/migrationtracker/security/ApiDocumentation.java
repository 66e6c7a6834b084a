package org.migrationtracker.security;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The OpenAPI document at /v3/api-docs as a client generator needs it: the API's name and the tracker's version, the
 * two ways to sign in, and the problem details every operation may answer besides its own result (docs/adr/0048).
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    static final String PROBLEM = "Problem";
    /** The paths whose operations answer 404 for a name nothing has; elsewhere an unknown name is a refusal (422). */
    private static final java.util.regex.Pattern ANSWERS_404 = java.util.regex.Pattern.compile(
            "/api/v1/mailboxes/\\{[^}]+}(/notes)?|/api/v1/plan/steps/\\{[^}]+}(/history)?|/api/v1/batches/\\{[^}]+}|/api/v1/notices/\\{[^}]+}");
    static final String CSV_PROBLEM = "CsvProblem";
    private static final String PROBLEM_JSON = org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE;

    @Bean
    OpenAPI trackerApi(ObjectProvider<BuildProperties> build) {
        String version = build.stream().map(BuildProperties::getVersion).findFirst().orElse("0.0.0-development");
        return new OpenAPI()
                .info(new Info().title("Migration Tracker API").version(version)
                        .description("For scripts and ticket systems: import the inventory, permissions, cloud users and "
                                + "Microsoft's status exports, read and change mailboxes, batches and the project plan. "
                                + "Errors are RFC 9457 problem details (application/problem+json); a refused file says "
                                + "every problem with its line, column and field.")
                        .contact(new Contact().name("The tracker's administrators")))
                .servers(List.of(new Server().url("/").description("This tracker")))
                .components(new Components()
                        .addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                                .description("A tracker user's name and password (not for directory users with a second factor)"))
                        .addSecuritySchemes("token", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                                .description("An API token, made under My account → API tokens")))
                .addSecurityItem(new SecurityRequirement().addList("basic"))
                .addSecurityItem(new SecurityRequirement().addList("token"));
    }

    /** Adds to every operation the problem details it may answer, from what the operation takes. */
    @Bean
    OpenApiCustomizer problemAnswers() {
        return api -> {
            // here, not in the OpenAPI bean: springdoc replaces the bean's schemas with those of the operations' types
            api.getComponents().addSchemas(PROBLEM, problemSchema()).addSchemas(CSV_PROBLEM, csvProblemSchema());
            api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) ->
                    addProblems(path, method, operation)));
        };
    }

    private static void addProblems(String path, PathItem.HttpMethod method, Operation operation) {
        var responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        operation.setResponses(responses);
        if (!path.startsWith("/api/")) {
            // the calendar subscription: its token is the credential, and a wrong one is a bare 404
            operation.setSecurity(List.of());
            responses.addApiResponse("404", new ApiResponse().description("No calendar has this token (any more)"));
            return;
        }
        boolean csv = operation.getRequestBody() != null && operation.getRequestBody().getContent().containsKey("text/csv");
        boolean body = operation.getRequestBody() != null;
        boolean parameters = operation.getParameters() != null && !operation.getParameters().isEmpty();
        add(responses, "401", "No credentials, or wrong ones", PROBLEM);
        add(responses, "403", "The caller's role may not do this, or the caller must first choose their own password", PROBLEM);
        if (parameters) {
            add(responses, "400", "A parameter could not be read", PROBLEM);
        }
        if (ANSWERS_404.matcher(path).matches()) {
            add(responses, "404", "Nothing has this name or address", PROBLEM);
        }
        if (operation.getParameters() != null && operation.getParameters().stream().anyMatch(p -> "version".equals(p.getName()))
                || method == PathItem.HttpMethod.PATCH) {
            add(responses, "409", "Someone changed it after the version the caller read", PROBLEM);
        }
        if (csv) {
            add(responses, "413", "The file is larger than the most an import takes (maxBytes)", PROBLEM);
            add(responses, "422", "The file was refused, nothing changed: every problem with its line, column and field", CSV_PROBLEM);
        } else if (body || method != PathItem.HttpMethod.GET) {
            add(responses, "422", "Refused, nothing changed: the message says why (with the reasons, when there are several)", PROBLEM);
        } else if (path.matches(".*/(csv|conversion\\.(csv|ps1))$")) {
            add(responses, "422", "No such batch, or it has no such file: the reasons say why", PROBLEM);
        } else if (operation.getParameters() != null && operation.getParameters().stream().anyMatch(p -> "page".equals(p.getName()))) {
            add(responses, "422", "A page or size out of range, or a filter value the tracker does not know", PROBLEM);
        }
        if (body) {
            add(responses, "415", "A Content-Type the operation does not take (the Accept header names those it takes)", PROBLEM);
        }
        add(responses, "503", "The database is unavailable; call again after Retry-After seconds", PROBLEM);
    }

    private static void add(ApiResponses responses, String status, String description, String schema) {
        responses.addApiResponse(status, new ApiResponse().description(description).content(new Content()
                .addMediaType(PROBLEM_JSON, new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + schema)))));
    }

    private static Schema<?> problemSchema() {
        String detail = "The project settings were changed by anna at 12 Mar 2026 14:02; reload to see the current values";
        var properties = members("Conflict", 409, detail, "/api/v1/project");
        properties.put("reasons", new ArraySchema().items(new StringSchema()).description("Each reason, when a refusal has several"));
        return new ObjectSchema()
                .description("An RFC 9457 problem detail; message repeats detail for scripts written before")
                .properties(properties)
                .required(List.of("title", "status", "detail"));
    }

    private static Schema<?> csvProblemSchema() {
        var line = new ObjectSchema().properties(ordered(
                        "line", new IntegerSchema().description("1-based line in the file; 0 for the file as a whole").example(18),
                        "column", new IntegerSchema().nullable(true).description("1-based column in the header; null when not one column").example(1),
                        "field", new StringSchema().description("The column's name in the header, or empty").example("PrimarySmtpAddress"),
                        "reason", new StringSchema().example("'user18.contoso.com' is not a valid e-mail address")))
                .required(List.of("line", "field", "reason"));
        var properties = members("Unprocessable Content", 422, "inventory.csv was refused, nothing was imported", "/api/v1/mailboxes/import");
        properties.putAll(ordered(
                "total", new IntegerSchema().description("How many problems the file has").example(3),
                "shown", new IntegerSchema().description("How many of them are listed").example(3),
                "problems", new ArraySchema().items(line)));
        return new ObjectSchema()
                .description("A refused file: an RFC 9457 problem detail with every problem found, by line and column")
                .properties(properties)
                .required(List.of("title", "status", "detail", "problems"));
    }

    /** The members every problem has (RFC 9457's and the older message), with the examples given. */
    private static Map<String, Schema> members(String title, int status, String detail, String instance) {
        return ordered(
                "type", new StringSchema().format("uri").example("about:blank"),
                "title", new StringSchema().example(title),
                "status", new IntegerSchema().example(status),
                "detail", new StringSchema().example(detail),
                "instance", new StringSchema().format("uri-reference").example(instance),
                "message", new StringSchema().example(detail));
    }

    /** The properties in the order given, so that the document reads the same on every start. */
    private static Map<String, Schema> ordered(Object... namesAndSchemas) {
        var properties = new LinkedHashMap<String, Schema>();
        for (int i = 0; i + 1 < namesAndSchemas.length; i += 2) {
            properties.put((String) namesAndSchemas[i], (Schema<?>) namesAndSchemas[i + 1]);
        }
        return properties;
    }
}
