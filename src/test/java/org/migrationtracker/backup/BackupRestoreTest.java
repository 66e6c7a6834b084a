package org.migrationtracker.backup;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migrationtracker.ApiCalls;
import org.migrationtracker.IntegrationTest;
import org.migrationtracker.security.TrackerUserService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The database dump of GET /api/v1/backup.zip restores into a fresh PostgreSQL that then works as the original did. */
@IntegrationTest
class BackupRestoreTest {

    private static final List<String> COUNTED = List.of("mailbox", "mailbox_history", "mailbox_note", "tracker_user",
            "tracker_user_role", "security_log", "plan_step", "migration_endpoint", "flyway_schema_history");

    private static EmbeddedPostgres fresh;

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;
    @Autowired TrackerUserService users;
    @Autowired PasswordEncoder passwords;
    @Autowired ConfigurableApplicationContext context;

    private ApiCalls api;

    @BeforeAll
    static void startAFreshDatabase() throws IOException {
        fresh = EmbeddedPostgres.builder().start();
    }

    @AfterAll
    static void stopIt() throws IOException {
        fresh.close();
    }

    @BeforeEach
    void setUp() throws Exception {
        api = ExportTestData.mailboxesWithANote(port, jdbc, users, 25, "Finance", "Rang back");
    }

    @Test
    void a_backup_restored_into_a_fresh_database_validates_holds_the_same_rows_and_signs_in() throws Exception {
        var response = api.download("api-admin", "/api/v1/backup.zip");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Disposition")).hasValueSatisfying(
                value -> assertThat(value).contains("migration-tracker-backup-"));

        var target = fresh.getPostgresDatabase();
        var restored = DatabaseRestore.restore(new ByteArrayInputStream(response.body()), target);

        var copy = new JdbcTemplate(target);
        Flyway.configure().dataSource(target).locations("classpath:db/migration").load().validate();
        assertThat(restored.schemaVersion()).isEqualTo(jdbc.queryForObject(
                "select max(version) from flyway_schema_history where success", String.class));
        for (var table : COUNTED) {
            assertThat(count(copy, table)).as(table).isEqualTo(count(jdbc, table));
        }
        assertThat(count(copy, "mailbox")).isEqualTo(25);
        String hash = copy.queryForObject("select password_hash from tracker_user where username = 'api-admin'", String.class);
        assertThat(passwords.matches(ApiCalls.PASSWORD, hash)).as("api-admin's password signs in on the copy").isTrue();
        long mailbox = copy.queryForObject("select id from mailbox where primary_address = 'user1@contoso.com'", Long.class);
        copy.update("insert into mailbox_note (mailbox_id, author, at, text) values (?, 'ada', now(), 'After the restore')", mailbox);
        assertThat(copy.queryForObject("select max(id) from mailbox_note", Long.class))
                .as("identities continue after the restored rows").isGreaterThan(jdbc.queryForObject("select max(id) from mailbox_note", Long.class));
    }

    @Test
    void the_restore_on_start_loads_a_backup_file_and_answers_0_and_a_missing_file_answers_1(@TempDir Path folder) throws Exception {
        var file = folder.resolve("backup.zip");
        Files.write(file, api.download("api-admin", "/api/v1/backup.zip").body());
        var target = fresh.getPostgresDatabase();

        assertThat(new RestoreOnStart(target, context, file).restore()).isZero();
        assertThat(count(new JdbcTemplate(target), "mailbox")).isEqualTo(25);
        assertThat(new RestoreOnStart(target, context, folder.resolve("missing.zip")).restore()).isEqualTo(1);
    }

    @Test
    void the_helpdesk_gets_no_backup() throws Exception {
        assertThat(api.download("api-helpdesk", "/api/v1/backup.zip").statusCode()).isEqualTo(403);
    }

    @Test
    void a_file_that_is_no_backup_is_refused_with_a_clear_message_and_changes_nothing() throws Exception {
        var bytes = new java.io.ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("mailboxes.csv"));
            zip.write("x".getBytes(StandardCharsets.UTF_8));
        }

        assertThatThrownBy(() -> DatabaseRestore.restore(new ByteArrayInputStream(bytes.toByteArray()), fresh.getPostgresDatabase()))
                .isInstanceOf(IOException.class).hasMessageContaining("not a tracker backup");
    }

    @Test
    void a_backup_of_another_schema_version_is_refused_and_names_both_versions() throws Exception {
        var bytes = new java.io.ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("manifest.properties"));
            zip.write("format=1\nschemaVersion=999\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }

        assertThatThrownBy(() -> DatabaseRestore.restore(new ByteArrayInputStream(bytes.toByteArray()), fresh.getPostgresDatabase()))
                .isInstanceOf(IOException.class).hasMessageContaining("schema version 999").hasMessageContaining("release that wrote it");
    }

    private static long count(JdbcTemplate jdbc, String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }
}
