package org.migrationtracker.batch;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.migrationtracker.IntegrationTest;
import org.migrationtracker.i18n.Message;
import org.migrationtracker.mailbox.BulkAction;
import org.migrationtracker.mailbox.BulkTarget;
import org.migrationtracker.mailbox.InventoryImportService;
import org.migrationtracker.mailbox.MailboxEdits;
import org.migrationtracker.mailbox.MailboxFilter;
import org.migrationtracker.mailbox.MailboxSearch;
import org.migrationtracker.mailbox.MailboxState;
import org.migrationtracker.mailbox.MailboxTestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
@WithMockUser(username = "ada", roles = "ADMIN")
@ExtendWith(OutputCaptureExtension.class)
class BatchServiceTest {

    @Autowired BatchService batches;
    @Autowired InventoryImportService imports;
    @Autowired MailboxEdits mailboxes;
    @Autowired MailboxSearch search;
    @Autowired JdbcTemplate jdbc;
    @Autowired BatchNotes notes;

    static void clearBatches(JdbcTemplate jdbc) {
        MailboxTestData.clearWithBatches(jdbc);
        jdbc.update("insert into migration_endpoint (name, kind, updated_at, updated_by) values ('OutlookAnywhere', 'OUTLOOK_ANYWHERE', now(), 'test')"
                + " on conflict do nothing");
        jdbc.update("update migration_project set method = 'STAGED', directory_sync = true, single_sign_on = false, mx_points_to_cloud = false, mx_changed_at = null");
    }

    @BeforeEach
    void readyMailboxes() {
        clearBatches(jdbc);
        imports.importInventory("inventory.csv", MailboxTestData.inventory(4_500, "Finance"));
        mailboxes.bulk(new BulkAction.SetFullAccess(true), BulkTarget.matching(MailboxFilter.all()));
        mailboxes.bulk(new BulkAction.SetWriteProperty(true), BulkTarget.matching(MailboxFilter.all()));
    }

    private static BatchDraft draft(String name, StartMode mode) {
        return new BatchDraft(name, mode, null, "OutlookAnywhere", "");
    }

    private static BulkTarget users(int from, int to) {
        return BulkTarget.addresses(java.util.stream.IntStream.range(from, to).mapToObj(i -> "user" + i + "@contoso.com").toList());
    }

    @Test
    void adding_all_matching_to_a_batch_counts_only_the_mailboxes_that_may_join_against_the_2000_limit() {
        batches.create(draft("WaveA", StartMode.MANUAL), users(0, 1_000), false);
        batches.create(draft("WaveB", StartMode.MANUAL), users(1_000, 3_000), false);
        batches.create(draft("WaveC", StartMode.MANUAL), users(3_000, 4_400), false);

        // 4,500 match, 4,400 of them in batches already: only the last 100 may join
        var result = batches.addMailboxes("WaveA", BulkTarget.matching(MailboxFilter.all()));

        assertThat(result.changed()).isEqualTo(100);
        assertThat(batches.find("WaveA").orElseThrow().counts().total()).isEqualTo(1_100);
    }

    @Test
    void adding_more_than_a_staged_batch_holds_is_refused_and_nothing_joins() {
        batches.create(draft("WaveA", StartMode.MANUAL), users(0, 1_500), false);

        assertThatThrownBy(() -> batches.addMailboxes("WaveA", users(1_500, 2_100)))
                .isInstanceOf(BatchRefused.class).hasMessageContaining("at most 2,000");
        assertThat(batches.find("WaveA").orElseThrow().counts().total()).isEqualTo(1_500);
    }

    @Test
    void more_than_2000_staged_mailboxes_are_refused_unless_split_into_numbered_batches() {
        var everyone = BulkTarget.matching(MailboxFilter.all());
        assertThatThrownBy(() -> batches.create(draft("Finance", StartMode.MANUAL), everyone, false))
                .isInstanceOf(BatchRefused.class)
                .hasMessageContaining("A staged batch holds at most 2,000 mailboxes; these are 4,500");

        var creation = batches.create(draft("Finance", StartMode.MANUAL), everyone, true);

        assertThat(creation.batches()).extracting(MigrationBatch::getName).containsExactly("Finance1", "Finance2", "Finance3");
        assertThat(batches.board()).extracting(overview -> overview.counts().total()).containsExactly(2_000, 2_000, 500);
        assertThat(search.count(MailboxFilter.all().withStates(Set.of(MailboxState.IN_BATCH)))).isEqualTo(4_500);
    }

    @Test
    void a_mailbox_is_in_at_most_one_open_batch() {
        batches.create(draft("First", StartMode.MANUAL), BulkTarget.addresses(List.of("user1@contoso.com")), false);

        var second = batches.create(draft("Second", StartMode.MANUAL), BulkTarget.addresses(List.of("user1@contoso.com",
                "user2@contoso.com")), false);

        assertThat(second.mailboxes()).isEqualTo(1);
        assertThat(second.refusals()).singleElement().satisfies(refusal ->
                assertThat(refusal.reason().english()).isEqualTo("already in batch First"));
    }

    @Test
    void an_invalid_name_is_refused_with_the_rule() {
        assertThatThrownBy(() -> batches.create(draft("Finance 1", StartMode.MANUAL), BulkTarget.addresses(List.of("user1@contoso.com")), false))
                .hasMessageContaining("use only letters and digits");
    }

    @Test
    void an_automatic_batch_takes_only_ready_mailboxes_and_lists_the_others_with_their_reasons() {
        var creation = batches.create(draft("Now", StartMode.AUTOMATIC), BulkTarget.addresses(List.of("user1@contoso.com",
                "user10@contoso.com")), false);

        assertThat(creation.batches().getFirst().getStatus()).isEqualTo(BatchStatus.SYNCING);
        assertThat(search.findByAddress("user1@contoso.com").orElseThrow().state()).isEqualTo(MailboxState.SYNCING);
        assertThat(creation.refusals()).singleElement().satisfies(refusal -> {
            assertThat(refusal.primaryAddress()).isEqualTo("user10@contoso.com");
            assertThat(refusal.reason().english()).isEqualTo("may not enter a running batch: UM still enabled");
        });
    }

    @Test
    void starting_a_batch_with_an_unready_mailbox_is_refused_with_its_reasons() {
        var batch = batches.create(draft("Later", StartMode.MANUAL), BulkTarget.addresses(List.of("user1@contoso.com",
                "user10@contoso.com")), false).batches().getFirst();

        assertThatThrownBy(() -> batches.start("Later", batch.getVersion()))
                .isInstanceOfSatisfying(BatchRefused.class, refused -> assertThat(refused.reasons())
                        .extracting(Message::english).containsExactly("user10@contoso.com (UM still enabled)"));
        assertThat(search.findByAddress("user1@contoso.com").orElseThrow().state()).isEqualTo(MailboxState.IN_BATCH);
    }

    @Test
    void batch_actions_move_its_mailboxes_consistently_under_one_operation_id() {
        var addresses = List.of("user1@contoso.com", "user2@contoso.com", "user3@contoso.com");
        batches.create(draft("Pilot", StartMode.MANUAL), BulkTarget.addresses(addresses), false);

        var started = batches.start("Pilot", version("Pilot"));
        batches.markSynced("Pilot", version("Pilot"));
        var completed = batches.complete("Pilot", version("Pilot"));

        assertThat(started.changed()).isEqualTo(3);
        assertThat(completed.changed()).isEqualTo(3);
        assertThat(batches.find("Pilot").orElseThrow().batch().getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(batches.find("Pilot").orElseThrow().counts().finalized()).isEqualTo(3);
        Integer batchRows = jdbc.queryForObject("select count(*) from batch_history where operation_id = ?", Integer.class,
                completed.operationId());
        Integer mailboxRows = jdbc.queryForObject("select count(*) from mailbox_history where operation_id = ? and field = 'state'",
                Integer.class, completed.operationId());
        assertThat(batchRows).isEqualTo(1);
        assertThat(mailboxRows).isEqualTo(3);
    }

    @Test
    void failing_a_batch_fails_its_moving_mailboxes_with_the_error() {
        batches.create(draft("Broken", StartMode.AUTOMATIC), BulkTarget.addresses(List.of("user1@contoso.com")), false);

        batches.fail("Broken", version("Broken"), "MigrationTransientException: the endpoint is unreachable");

        var m = search.findByAddress("user1@contoso.com").orElseThrow();
        assertThat(m.state()).isEqualTo(MailboxState.FAILED);
        assertThat(m.lifecycle().note()).isEqualTo("MigrationTransientException: the endpoint is unreachable");
        assertThat(batches.find("Broken").orElseThrow().batch().getStatus()).isEqualTo(BatchStatus.FAILED);
    }

    @Test
    void a_stale_batch_action_is_refused_as_a_conflict() {
        batches.create(draft("Stale", StartMode.MANUAL), BulkTarget.addresses(List.of("user1@contoso.com")), false);
        long loaded = version("Stale");
        batches.describe("Stale", loaded, new BatchDraft("Stale", StartMode.MANUAL, null, "", "moved"));

        assertThatThrownBy(() -> batches.start("Stale", loaded)).isInstanceOf(BatchConflict.class).hasMessageContaining("changed by ada");
    }

    @Test
    void a_batch_remembers_when_it_started_and_when_it_completed() {
        batches.create(draft("Dates", StartMode.MANUAL), BulkTarget.addresses(List.of("user1@contoso.com")), false);
        assertThat(batches.find("Dates").orElseThrow().batch().getStartedAt()).isNull();

        batches.start("Dates", version("Dates"));
        var started = batches.find("Dates").orElseThrow().batch().getStartedAt();
        assertThat(started).isNotNull();
        batches.markSynced("Dates", version("Dates"));
        batches.complete("Dates", version("Dates"));

        var batch = batches.find("Dates").orElseThrow().batch();
        assertThat(batch.getStartedAt()).as("the first start stays").isEqualTo(started);
        assertThat(batch.getCompletedAt()).isNotNull().isAfterOrEqualTo(started);
    }

    @Test
    void removal_waits_for_the_mx_record_72_hours_a_later_sync_and_completed_mailboxes() {
        batches.create(draft("Done", StartMode.AUTOMATIC), BulkTarget.addresses(List.of("user1@contoso.com")), false);
        assertThat(batches.removalBlockers("Done")).extracting(Message::english).contains("the MX record does not point to Microsoft 365 yet",
                "1 mailbox in the batch is not completed yet");

        jdbc.update("update migration_project set mx_points_to_cloud = true, mx_changed_at = ?",
                Timestamp.from(Instant.now().minus(Duration.ofHours(80))));
        batches.markSynced("Done", version("Done"));
        batches.complete("Done", version("Done"));
        assertThat(batches.removalBlockers("Done")).containsExactly(Message.of("removal.not-converted", 1));
        var completed = search.findByAddress("user1@contoso.com").orElseThrow();
        mailboxes.transition(completed.id(), completed.version(), MailboxState.CONVERTED_TO_MAIL_USER, "");
        assertThat(batches.removalBlockers("Done")).isEmpty();

        batches.remove("Done", version("Done"));

        assertThat(batches.find("Done").orElseThrow().batch().getStatus()).isEqualTo(BatchStatus.REMOVED);
        var m = search.findByAddress("user1@contoso.com").orElseThrow();
        assertThat(m.batch().batchId()).isNull();
        assertThat(m.state()).isEqualTo(MailboxState.CONVERTED_TO_MAIL_USER);
        assertThat(search.history(m.id())).anySatisfy(entry -> {
            assertThat(entry.field()).isEqualTo("batch");
            assertThat(entry.oldValue()).isEqualTo("Done");
        });
    }

    @Test
    void removal_before_72_hours_is_refused_with_the_time_it_will_hold() {
        batches.create(draft("Early", StartMode.AUTOMATIC), BulkTarget.addresses(List.of("user1@contoso.com")), false);
        jdbc.update("update migration_project set mx_points_to_cloud = true, mx_changed_at = ?",
                Timestamp.from(Instant.now().minus(Duration.ofHours(10))));

        assertThatThrownBy(() -> batches.remove("Early", version("Early")))
                .isInstanceOfSatisfying(BatchRefused.class, refused -> assertThat(refused.reasons()).extracting(Message::english)
                        .anySatisfy(reason -> assertThat(reason).startsWith("72 hours have not passed since the MX change").contains("that holds from")));
    }

    @Test
    void exported_passwords_are_in_the_file_only_never_in_the_database_or_the_log(CapturedOutput output) {
        batches.create(draft("Secret", StartMode.MANUAL), BulkTarget.addresses(List.of("user1@contoso.com", "user2@contoso.com")), false);

        var file = new String(batches.exportCsv("Secret", true), StandardCharsets.UTF_8);

        var passwords = Arrays.stream(file.split("\r\n")).skip(1).map(line -> line.split(",")[1]).toList();
        assertThat(passwords).hasSize(2).allSatisfy(password -> assertThat(password).hasSize(16));
        var tables = jdbc.queryForList("select tablename from pg_tables where schemaname = 'public'", String.class);
        for (String table : tables) {
            String dump = jdbc.queryForObject("select coalesce(string_agg(t::text, '|'), '') from " + table + " t", String.class);
            for (String password : passwords) {
                assertThat(dump).as("table " + table).doesNotContain(password);
            }
        }
        passwords.forEach(password -> assertThat(output.getAll()).doesNotContain(password));
        assertThat(batches.history("Secret")).anySatisfy(entry -> {
            assertThat(entry.field()).isEqualTo("csv exported");
            assertThat(entry.actor()).isEqualTo("ada");
            assertThat(entry.after().english()).isEqualTo("2 rows, with temporary passwords");
            assertThat(entry.after().in(Locale.of("da"))).isEqualTo("2 rækker, med midlertidige adgangskoder");
        });
    }

    @Test
    void a_batch_holding_an_address_a_spreadsheet_would_run_as_a_formula_gets_no_csv_and_the_mailbox_is_named() {
        batches.create(draft("Formula", StartMode.MANUAL), BulkTarget.addresses(List.of("user1@contoso.com", "user2@contoso.com")), false);
        // RFC 5321 lets a local part start with = + or -, and the inventory import takes such an address
        jdbc.update("update mailbox set primary_address = '=cmd@contoso.com' where primary_address = 'user2@contoso.com'");

        for (boolean withPasswords : List.of(true, false)) {
            assertThatThrownBy(() -> batches.exportCsv("Formula", withPasswords))
                    .isInstanceOfSatisfying(BatchRefused.class, refused -> {
                        assertThat(refused.what().english()).isEqualTo("No CSV for Formula");
                        assertThat(refused.reasons()).singleElement().extracting(Message::english).asString()
                                .startsWith("the address of mailbox =cmd@contoso.com starts with = + - or @");
                    });
        }
        assertThat(batches.history("Formula")).noneMatch(entry -> entry.field().equals("csv exported"));
    }

    @Test
    void with_single_sign_on_the_export_forces_no_password_change() {
        jdbc.update("update migration_project set single_sign_on = true");
        batches.create(draft("Sso", StartMode.MANUAL), BulkTarget.addresses(List.of("user1@contoso.com")), false);

        var file = new String(batches.exportCsv("Sso", true), StandardCharsets.UTF_8);

        assertThat(file.split("\r\n")[1]).endsWith(",False");
    }

    @Test
    void a_batch_csv_made_elsewhere_is_validated_matched_and_becomes_a_batch() {
        var csv = "EmailAddress,Password,ForceChangePassword\r\nuser1@contoso.com,Pa$$w0rd,False\r\nstranger@contoso.com,Pa$$w0rd,False\r\n";

        var creation = batches.createFromCsv(draft("Uploaded", StartMode.MANUAL), "uploaded.csv", csv.getBytes(StandardCharsets.UTF_8));

        assertThat(creation.mailboxes()).isEqualTo(1);
        assertThat(creation.unknownAddresses()).containsExactly("stranger@contoso.com");
    }

    @Test
    void a_cutover_project_has_exactly_one_batch_with_every_mailbox_up_to_2000() {
        jdbc.update("update migration_project set method = 'CUTOVER'");
        assertThatThrownBy(() -> batches.create(draft("Everyone", StartMode.MANUAL), BulkTarget.addresses(List.of("user1@contoso.com")), false))
                .hasMessageContaining("A cutover batch holds at most 2,000 mailboxes; these are 4,500");

        clearBatches(jdbc);
        jdbc.update("update migration_project set method = 'CUTOVER'");
        imports.importInventory("small.csv", MailboxTestData.inventory(200, "Finance"));
        var creation = batches.create(draft("Everyone", StartMode.MANUAL), BulkTarget.addresses(List.of("user1@contoso.com")), false);

        assertThat(creation.mailboxes()).isEqualTo(200);
        assertThat(creation.warnings()).singleElement().asString().contains("fewer than 150");
        assertThatThrownBy(() -> batches.create(draft("Another", StartMode.MANUAL), BulkTarget.addresses(List.of("user1@contoso.com")), false))
                .hasMessageContaining("a cutover migration has exactly one batch");
    }

    @Test
    void a_note_on_a_batch_is_kept_in_its_history_and_an_empty_or_overlong_one_is_refused() {
        batches.create(draft("Noted", StartMode.MANUAL), BulkTarget.addresses(List.of("user1@contoso.com")), false);

        notes.add("Noted", "  Finance asked to wait for month end  ");

        assertThat(notes.of("Noted")).singleElement().satisfies(note -> {
            assertThat(note.text()).isEqualTo("Finance asked to wait for month end");
            assertThat(note.author()).isEqualTo("ada");
        });
        assertThat(batches.history("Noted")).anySatisfy(entry -> assertThat(entry.field()).isEqualTo("note"));
        assertThatThrownBy(() -> notes.add("Noted", " ")).isInstanceOf(BatchRefused.class);
        assertThatThrownBy(() -> notes.add("Noted", "x".repeat(4_001))).isInstanceOf(BatchRefused.class);
        assertThat(notes.of("Noted")).hasSize(1);
    }

    private long version(String name) {
        return batches.find(name).orElseThrow().batch().getVersion();
    }
}
