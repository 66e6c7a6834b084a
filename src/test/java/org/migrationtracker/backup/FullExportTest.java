package org.migrationtracker.backup;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.migrationtracker.ApiCalls;
import org.migrationtracker.IntegrationTest;
import org.migrationtracker.security.TrackerUserService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** GET /api/v1/export.zip: every module's tables as spreadsheet-safe CSV files in one ZIP, for admins only. */
@IntegrationTest
class FullExportTest {

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;
    @Autowired TrackerUserService users;

    private ApiCalls api;

    @BeforeEach
    void setUp() throws Exception {
        api = ExportTestData.mailboxesWithANote(port, jdbc, users, 12, "=HYPERLINK(\"\"http://evil\"\")", "@SUM(A1) rang back");
    }

    @Test
    void an_admin_downloads_every_module_s_files_with_all_rows_and_a_manifest() throws Exception {
        var response = api.download("api-admin", "/api/v1/export.zip");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/zip");
        assertThat(response.headers().firstValue("Content-Disposition")).hasValueSatisfying(
                value -> assertThat(value).contains("attachment", "migration-tracker-export-", ".zip"));
        var files = unzip(response.body());
        assertThat(files.keySet()).containsExactly("project_settings.csv", "endpoints.csv", "mailboxes.csv",
                "mailbox_databases.csv", "mailbox_history.csv", "mailbox_notes.csv", "batches.csv", "batch_history.csv",
                "batch_notes.csv", "plan_steps.csv", "plan_step_values.csv", "plan_step_history.csv", "notices.csv",
                "notice_templates.csv", "notice_settings.csv", "users.csv",
                "security_log.csv", "manifest.csv");
        assertThat(files.get("mailboxes.csv")).hasSize(1 + 12);
        assertThat(files.get("mailboxes.csv").getFirst()).startsWith("\uFEFFid,").contains(",primary_address,", ",department,", ",version");
        assertThat(files.get("manifest.csv")).contains("mailboxes.csv,12", "mailbox_notes.csv,1");
        long history = jdbc.queryForObject("select count(*) from mailbox_history", Long.class);
        assertThat(files.get("mailbox_history.csv")).hasSize(1 + (int) history);
    }

    @Test
    void users_come_without_password_hashes_and_with_their_roles() throws Exception {
        var users = unzip(api.download("api-admin", "/api/v1/export.zip").body()).get("users.csv");

        assertThat(users.getFirst()).contains("username", "display_name", "roles").doesNotContain("password_hash");
        assertThat(String.join("\n", users)).contains("api-helpdesk").doesNotContain("$2a$").doesNotContain("{bcrypt}");
    }

    @Test
    void cells_that_a_spreadsheet_would_run_as_a_formula_are_neutralised() throws Exception {
        var files = unzip(api.download("api-admin", "/api/v1/export.zip").body());

        assertThat(files.get("mailboxes.csv").get(1)).contains(",\"'=HYPERLINK(\"\"http://evil\"\")\",");
        assertThat(files.get("mailbox_notes.csv").get(1)).contains(",'@SUM(A1) rang back");
    }

    @Test
    void the_helpdesk_and_the_lead_are_refused_and_a_caller_without_credentials_is_asked_to_sign_in() throws Exception {
        assertThat(api.download("api-helpdesk", "/api/v1/export.zip").statusCode()).isEqualTo(403);
        assertThat(api.download("api-lead", "/api/v1/export.zip").statusCode()).isEqualTo(403);
        assertThat(api.send(null, "GET", "/api/v1/export.zip", null, null).statusCode()).isEqualTo(401);
    }

    /** Each file's lines (CRLF-separated; a quoted line break inside a cell is not expected in these tests). */
    static Map<String, List<String>> unzip(byte[] zip) throws IOException {
        var files = new LinkedHashMap<String, List<String>>();
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                var text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                files.put(entry.getName(), new ArrayList<>(List.of(text.split("\r\n"))));
            }
        }
        return files;
    }
}
