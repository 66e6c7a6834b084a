package org.migrationtracker.mailbox;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.migrationtracker.IntegrationTest;
import org.migrationtracker.project.MigrationMethod;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The 30-day licence clock runs from the creation of the cloud user (002), and only user mailboxes need a licence (000). */
@IntegrationTest
@WithMockUser(username = "ada", roles = "ADMIN")
class LicenceRulesTest {

    @Autowired InventoryImportService imports;
    @Autowired MailboxEdits mailboxes;
    @Autowired MailboxSearch search;
    @Autowired MailboxFigures figures;
    @Autowired JdbcTemplate jdbc;

    @BeforeEach
    void inventory() {
        MailboxTestData.clearWithBatches(jdbc);
        imports.importInventory("inventory.csv", """
                DisplayName,PrimarySmtpAddress,Alias,RecipientTypeDetails
                Pilar Pinilla,pilarp@contoso.com,pilarp,UserMailbox
                Meeting Room 1,room1@contoso.com,room1,RoomMailbox
                Reception,reception@contoso.com,reception,SharedMailbox
                """.getBytes(StandardCharsets.UTF_8));
        var all = BulkTarget.matching(MailboxFilter.all());
        mailboxes.bulk(new BulkAction.SetFullAccess(true), all);
        mailboxes.bulk(new BulkAction.SetWriteProperty(true), all);
    }

    private Mailbox moveTo(String address, MailboxState... states) {
        for (var state : states) {
            mailboxes.bulk(new BulkAction.MoveTo(state, ""), BulkTarget.addresses(List.of(address)));
        }
        return search.findByAddress(address).orElseThrow();
    }

    @Test
    void the_licence_clock_of_a_staged_mailbox_does_not_start_at_its_first_sync() {
        var pilar = moveTo("pilarp@contoso.com", MailboxState.IN_BATCH, MailboxState.SYNCING, MailboxState.SYNCED, MailboxState.COMPLETED);

        assertThat(pilar.postMigration().cloudCreatedOn())
                .as("with directory synchronisation the cloud user existed before any batch").isNull();
        assertThat(pilar.licenceDeadline()).isNull();
    }

    @Test
    void a_cutover_migration_creates_the_cloud_user_at_its_first_sync_and_the_clock_starts_then() {
        jdbc.update("update migration_project set method = 'CUTOVER', directory_sync = false");

        var pilar = moveTo("pilarp@contoso.com", MailboxState.IN_BATCH, MailboxState.SYNCING);

        assertThat(pilar.postMigration().cloudCreatedOn()).isEqualTo(LocalDate.now());
        assertThat(pilar.licenceDeadline()).isEqualTo(LocalDate.now().plusDays(30));
    }

    @Test
    void a_recorded_cloud_creation_date_is_kept_when_a_cutover_mailbox_syncs() {
        jdbc.update("update migration_project set method = 'CUTOVER', directory_sync = false");
        jdbc.update("update mailbox set cloud_created_on = date '2026-10-01' where primary_address = 'pilarp@contoso.com'");

        var pilar = moveTo("pilarp@contoso.com", MailboxState.IN_BATCH, MailboxState.SYNCING);

        assertThat(pilar.postMigration().cloudCreatedOn()).isEqualTo(LocalDate.of(2026, 10, 1));
    }

    @Test
    void a_cloud_user_whose_mailbox_has_not_moved_yet_is_not_due_a_licence() {
        jdbc.update("update mailbox set cloud_created_on = current_date - 40");
        assertThat(figures.licencesDueCount(LocalDate.now().plusDays(7))).isZero();

        moveTo("pilarp@contoso.com", MailboxState.IN_BATCH, MailboxState.SYNCING);

        assertThat(figures.licencesDue(LocalDate.now().plusDays(7), 10)).extracting(Mailbox::primaryAddress)
                .containsExactly("pilarp@contoso.com");
    }

    @Test
    void shared_and_room_mailboxes_never_count_as_missing_a_licence() {
        jdbc.update("update mailbox set cloud_created_on = current_date - 40, state = 'COMPLETED'");

        assertThat(figures.licencesDue(LocalDate.now().plusDays(7), 10)).extracting(Mailbox::primaryAddress)
                .containsExactly("pilarp@contoso.com");
        assertThat(figures.licencesDueCount(LocalDate.now().plusDays(7))).isEqualTo(1);
        var room = search.findByAddress("room1@contoso.com").orElseThrow();
        assertThat(room.licenceDeadline()).isNull();
        assertThat(Lifecycle.refusal(room, MailboxState.CONVERTED_TO_MAIL_USER, MigrationMethod.STAGED, ""))
                .isEmpty();
        var converted = room.withLifecycle(room.lifecycle().movedTo(MailboxState.CONVERTED_TO_MAIL_USER, ""));
        assertThat(Lifecycle.refusal(converted, MailboxState.DONE, MigrationMethod.STAGED, ""))
                .map(refusal -> refusal.english()).hasValueSatisfying(refusal -> assertThat(refusal).doesNotContain("licence"));
        var stored = search.findByAddress("pilarp@contoso.com").orElseThrow();
        var pilar = stored.withLifecycle(stored.lifecycle().movedTo(MailboxState.CONVERTED_TO_MAIL_USER, ""));
        assertThat(Lifecycle.refusal(pilar, MailboxState.DONE, MigrationMethod.STAGED, ""))
                .hasValueSatisfying(refusal -> assertThat(refusal.english()).contains("licence"));
    }
}
