package org.migrationtracker.project.api;

import org.migrationtracker.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.migrationtracker.IntegrationTest;
import org.migrationtracker.mailbox.MailboxTestData;
import org.migrationtracker.project.SourceVersion;
import org.migrationtracker.security.Role;
import org.migrationtracker.security.TrackerUserService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.EnumSet;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class ProjectApiTest {

    private static final String PASSWORD = "Plan-and-scope-77";

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;
    @Autowired TrackerUserService users;
    private Object[] saved;

    @BeforeEach
    void stagedFromExchange2013() {
        saved = jdbc.queryForObject("select method, source_version from migration_project",
                (rs, row) -> new Object[] {rs.getString(1), rs.getString(2)});
        jdbc.update("update migration_project set method = 'STAGED', source_version = 'EXCHANGE_2013'");
        MailboxTestData.asAdmin(() -> {
            if (users.findAll().stream().noneMatch(u -> u.getUsername().equals("project-api-lead"))) {
                users.create("project-api-lead", "Project API lead", EnumSet.of(Role.LEAD), PASSWORD);
            }
            if (users.findAll().stream().noneMatch(u -> u.getUsername().equals("project-api-admin"))) {
                users.create("project-api-admin", "Project API admin", EnumSet.of(Role.ADMIN), PASSWORD);
            }
        });
        TestUsers.choseOwnPassword(jdbc, "project-api-lead", "project-api-admin");
    }

    @AfterEach
    void restore() {
        jdbc.update("update migration_project set method = ?, source_version = ?", saved);
        jdbc.update("update migration_project set routing_domain = ''");
    }

    private HttpResponse<String> send(String user, String password, String method, String path, String body) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String settings(String routingDomain) {
        return "{\"organisationName\":\"Contoso\",\"smtpDomains\":[\"contoso.com\"],\"sourceVersion\":\"EXCHANGE_2007\","
                + "\"method\":\"STAGED\",\"directorySync\":true,\"singleSignOn\":false,\"migrationAdminAccount\":\"migadmin\","
                + "\"routingDomain\":\"" + routingDomain + "\"}";
    }

    @Test
    void the_routing_domain_is_saved_in_lower_case_and_one_outside_the_tenant_is_refused() throws Exception {
        long version = jdbc.queryForObject("select version from migration_project", Long.class);

        var refused = send("project-api-admin", PASSWORD, "PUT", "/api/v1/project?version=" + version,
                settings("contoso.com"));
        var saved = send("project-api-admin", PASSWORD, "PUT", "/api/v1/project?version=" + version,
                settings("Contoso.Mail.OnMicrosoft.com"));

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("'contoso.com' is not a Microsoft 365 routing domain");
        assertThat(saved.statusCode()).isEqualTo(200);
        assertThat(saved.body()).contains("\"routingDomain\":\"contoso.mail.onmicrosoft.com\"");
        assertThat(jdbc.queryForObject("select routing_domain from migration_project", String.class))
                .isEqualTo("contoso.mail.onmicrosoft.com");
    }

    @Test
    void the_advice_comes_with_its_key_and_its_english_text_whatever_the_callers_language() throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/project"))
                .header("Accept-Language", "da")
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString(("project-api-lead:" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .build();

        var response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"key\":\"advice.staged-source\"",
                "\"text\":\"A staged migration works from Exchange 2003 or 2007 only, not from " + SourceVersion.EXCHANGE_2013.label(),
                "\"severity\":\"PROBLEM\"", "\"recommendation\":{\"method\":\"HYBRID\"", "\"key\":\"advice.recommendation-differs\"");
    }

    @Test
    void endpoints_are_listed_for_every_role_created_changed_and_deleted_by_admins() throws Exception {
        jdbc.execute("truncate batch_history, migration_batch restart identity cascade");
        jdbc.execute("truncate migration_endpoint restart identity");
        String body = "{\"name\":\"ContosoOA\",\"kind\":\"OUTLOOK_ANYWHERE\",\"exchangeServer\":\"EXCH-SRV-01.corp.contoso.com\","
                + "\"rpcProxyServer\":\"mail.contoso.com\",\"account\":\"CONTOSO\\\\migadmin\"}";

        assertThat(send("project-api-lead", PASSWORD, "POST", "/api/v1/endpoints", body).statusCode()).isEqualTo(403);
        var created = send("project-api-admin", PASSWORD, "POST", "/api/v1/endpoints", body);
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.body()).contains("\"exchangeServer\":\"exch-srv-01.corp.contoso.com\"", "\"maxConcurrent\":20",
                "\"account\":\"CONTOSO\\\\migadmin\"").doesNotContain("password");
        assertThat(send("project-api-lead", PASSWORD, "GET", "/api/v1/endpoints", null).body()).contains("\"name\":\"ContosoOA\"");

        var invalid = send("project-api-admin", PASSWORD, "PUT", "/api/v1/endpoints/ContosoOA?version=0",
                body.replace("mail.contoso.com", "https://mail"));
        assertThat(invalid.statusCode()).isEqualTo(422);
        assertThat(invalid.body()).contains("https://mail is not a host name");

        jdbc.update("insert into migration_batch (name, method, start_mode, status, endpoint_name, created_at, updated_at, updated_by)"
                + " values ('Finance1', 'STAGED', 'MANUAL', 'CREATED', 'ContosoOA', now(), now(), 'test')");
        var inUse = send("project-api-admin", PASSWORD, "DELETE", "/api/v1/endpoints/ContosoOA?version=0", null);
        assertThat(inUse.statusCode()).isEqualTo(422);
        assertThat(inUse.body()).contains("ContosoOA is used by batch Finance1");
        jdbc.execute("truncate batch_history, migration_batch restart identity cascade");
        assertThat(send("project-api-admin", PASSWORD, "DELETE", "/api/v1/endpoints/ContosoOA?version=0", null).statusCode()).isEqualTo(204);
    }
}
