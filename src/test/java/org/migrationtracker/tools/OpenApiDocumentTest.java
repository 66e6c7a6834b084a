package org.migrationtracker.tools;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.migrationtracker.ApiCalls;
import org.migrationtracker.IntegrationTest;
import org.migrationtracker.mailbox.InventoryImportService;
import org.migrationtracker.mailbox.MailboxTestData;
import org.migrationtracker.security.token.ApiTokenScope;
import org.migrationtracker.security.token.ApiTokenService;
import org.migrationtracker.security.TrackerUserService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI document is one a generated client can use as it is: a real title and version, the two ways to sign in,
 * a summary and the error answers of every operation, examples for the CSV bodies; and Spectral's recommended
 * OpenAPI rules find nothing in it, not even a warning.
 */
@IntegrationTest
class OpenApiDocumentTest {

    @LocalServerPort int port;
    @Autowired TrackerUserService users;
    @Autowired JdbcTemplate jdbc;
    @Autowired InventoryImportService inventory;
    @Autowired ApiTokenService tokens;

    private String document;

    @BeforeEach
    void fetch() throws Exception {
        ApiCalls.ensureUsers(users, jdbc);
        var answer = new ApiCalls(port).send("api-helpdesk", "GET", "/v3/api-docs", null, null);
        assertThat(answer.statusCode()).isEqualTo(200);
        document = answer.body();
    }

    @Test
    void it_names_the_api_its_version_and_both_ways_to_sign_in() {
        JsonNode api = JsonMapper.builder().build().readTree(document);

        assertThat(api.at("/info/title").asString()).isEqualTo("Migration Tracker API");
        assertThat(api.at("/info/version").asString()).matches("\\d+\\.\\d+\\.\\d+.*");
        assertThat(api.at("/components/securitySchemes/basic/scheme").asString()).isEqualTo("basic");
        assertThat(api.at("/components/securitySchemes/token/scheme").asString()).isEqualTo("bearer");
        assertThat(api.at("/security/0").has("basic")).isTrue();
    }

    @Test
    void every_operation_has_a_summary_its_error_answers_and_a_csv_body_has_an_example() {
        JsonNode api = JsonMapper.builder().build().readTree(document);
        var missing = new ArrayList<String>();
        int operations = 0;
        for (var path : api.get("paths").properties()) {
            for (var operation : path.getValue().properties()) {
                operations++;
                String name = operation.getKey().toUpperCase() + " " + path.getKey();
                JsonNode op = operation.getValue();
                if (op.path("summary").asString("").isBlank()) {
                    missing.add(name + ": no summary");
                }
                if (!path.getKey().startsWith("/calendar/") && !op.path("responses").has("401")) {
                    missing.add(name + ": no 401");
                }
                if (!op.path("responses").has("403") && !path.getKey().startsWith("/calendar/")) {
                    missing.add(name + ": no 403");
                }
                JsonNode csv = op.path("requestBody").path("content").path("text/csv");
                if (!csv.isMissingNode() && !csv.has("example") && !csv.has("examples")) {
                    missing.add(name + ": a CSV body without an example");
                }
            }
        }
        assertThat(operations).isGreaterThan(30);
        assertThat(missing).isEmpty();
        assertThat(api.at("/paths/~1api~1v1~1mailboxes~1import/post/responses/422/content/application~1problem+json/schema/$ref")
                .asString()).isEqualTo("#/components/schemas/CsvProblem");
        // the success status each operation answers, and 404 only where an unknown name is one
        assertThat(api.at("/paths/~1api~1v1~1endpoints/post/responses").has("201")).isTrue();
        assertThat(api.at("/paths/~1api~1v1~1endpoints/post/responses").has("200")).isFalse();
        assertThat(api.at("/paths/~1api~1v1~1endpoints~1{name}/delete/responses").has("204")).isTrue();
        assertThat(api.at("/paths/~1api~1v1~1endpoints~1{name}/delete/responses").has("404")).isFalse();
        assertThat(api.at("/paths/~1api~1v1~1batches/post/responses").has("201")).isTrue();
        assertThat(api.at("/paths/~1api~1v1~1mailboxes~1{primaryAddress}/get/responses").has("404")).isTrue();
        assertThat(api.at("/paths/~1api~1v1~1mailboxes/get/responses").has("422")).isTrue();
    }

    @Test
    void the_csv_examples_are_files_the_tracker_takes() throws Exception {
        MailboxTestData.clear(jdbc);
        JsonNode api = JsonMapper.builder().build().readTree(document);
        var calls = new ApiCalls(port);
        for (String path : new String[] {"/api/v1/mailboxes/import", "/api/v1/cloud-users/import", "/api/v1/batches/validate"}) {
            String example = api.path("paths").path(path).path("post").path("requestBody").path("content").path("text/csv")
                    .path("example").asString();

            var answer = calls.send("api-admin", "POST", path, "text/csv", example);

            assertThat(answer.statusCode()).as(path + ": " + answer.body()).isEqualTo(200);
        }
        assertThat(jdbc.queryForObject("select count(*) from mailbox where primary_address = 'anna.berg@contoso.com'", Integer.class))
                .isEqualTo(1);
    }

    @Test
    void a_typescript_client_generated_from_it_compiles_strictly_and_calls_the_tracker_unedited() throws Exception {
        Path file = Path.of("target", "openapi.json").toAbsolutePath();
        Files.writeString(file, document, StandardCharsets.UTF_8);
        Path client = LintTools.HOME.resolve("client-check/client");
        var generated = LintTools.run("openapi-generator-cli", "generate", "-i", file.toString(), "-g", "typescript-fetch",
                "-o", client.toString());
        assertThat(generated.exitCode()).as(generated.output()).isZero();
        var compiled = LintTools.script("node_modules/typescript/bin/tsc", "-p", "client-check");
        assertThat(compiled.exitCode()).as(compiled.output()).isZero();

        MailboxTestData.clear(jdbc);
        var token = new java.util.concurrent.atomic.AtomicReference<String>();
        MailboxTestData.asAdmin(() -> {
            inventory.importInventory("client.csv", "PrimarySmtpAddress,DisplayName\r\nanna.berg@contoso.com,Anna Berg\r\n"
                    .getBytes(StandardCharsets.UTF_8));
            token.set(tokens.createFor("api-helpdesk", "generated client", java.time.LocalDate.now().plusDays(1),
                    ApiTokenScope.READ_ONLY).secret());
        });
        var called = LintTools.script("client-check/out/call.js", "http://localhost:" + port, "api-helpdesk",
                ApiCalls.PASSWORD, token.get());

        assertThat(called.exitCode()).as(called.output()).isZero();
        assertThat(called.output()).contains("listMailboxes total=1 first=anna.berg@contoso.com",
                "getProject (token) organisation=", "getMailbox status=404 type=application/problem+json",
                "detail=nobody@contoso.com is not in the tracker");
    }

    @Test
    void spectrals_recommended_rules_find_nothing() throws Exception {
        Path file = Path.of("target", "openapi.json").toAbsolutePath();
        Files.writeString(file, document, StandardCharsets.UTF_8);

        var lint = LintTools.run("spectral", "lint", "--ruleset", ".spectral.yaml", "--fail-severity", "hint",
                "--display-only-failures", file.toString());

        assertThat(lint.exitCode()).as(lint.output()).isZero();
        assertThat(lint.output()).contains("No results with a severity of 'hint' or higher found!");
    }
}
