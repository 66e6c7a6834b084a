package org.migrationtracker.project.api;

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

    private static final String PASSWORD = "project-api-password";

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
        });
    }

    @AfterEach
    void restore() {
        jdbc.update("update migration_project set method = ?, source_version = ?", saved);
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
                "\"text\":\"A staged migration works from Exchange 2003 or 2007 only; " + SourceVersion.EXCHANGE_2013.label()
                        + " mailboxes move", "\"severity\":\"PROBLEM\"");
    }
}
