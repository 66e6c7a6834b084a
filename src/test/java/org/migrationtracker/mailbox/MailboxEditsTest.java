package org.migrationtracker.mailbox;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.migrationtracker.IntegrationTest;
import org.migrationtracker.i18n.Message;
import org.migrationtracker.project.MigrationMethod;
import org.migrationtracker.project.ProjectService;
import org.migrationtracker.project.ProjectSettingsData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
@WithMockUser(username = "ada", roles = "ADMIN")
class MailboxEditsTest {

    @Autowired InventoryImportService imports;
    @Autowired MailboxEdits mailboxes;
    @Autowired MailboxSearch search;
    @Autowired ProjectService project;
    @Autowired JdbcTemplate jdbc;

    @BeforeEach
    void twoThousandMailboxes() {
        MailboxTestData.clear(jdbc);
        MailboxTestData.asAdmin(() -> imports.importInventory("inventory.csv", MailboxTestData.inventory(2_000, "Finance")));
    }

    private Mailbox mailbox(int i) {
        return search.findByAddress("user" + i + "@contoso.com").orElseThrow();
    }

    @Test
    void a_bulk_update_of_2000_mailboxes_is_one_operation_with_2000_history_rows() {
        var result = mailboxes.bulk(new BulkAction.SetFullAccess(true), BulkTarget.matching(MailboxFilter.all()));

        assertThat(result.changed()).isEqualTo(2_000);
        assertThat(result.refusals()).isEmpty();
        Integer rows = jdbc.queryForObject("select count(*) from mailbox_history where operation_id = ? and field = 'full_access'",
                Integer.class, result.operationId());
        assertThat(rows).isEqualTo(2_000);
        assertThat(jdbc.queryForObject("select count(*) from mailbox where full_access", Integer.class)).isEqualTo(2_000);
    }

    @Test
    void granting_every_permission_and_disabling_um_makes_a_staged_mailbox_ready() {
        var target = BulkTarget.addresses(List.of("user10@contoso.com"));
        assertThat(mailbox(10).lifecycle().readinessReasons()).containsExactly(ReadinessReason.NO_MAILBOX_ACCESS,
                ReadinessReason.UM_STILL_ENABLED, ReadinessReason.NO_WRITE_PROPERTY);

        mailboxes.bulk(new BulkAction.SetWriteProperty(true), target);
        mailboxes.bulk(new BulkAction.SetUmEnabled(false), target);
        mailboxes.setReceiveAs("db01", true);

        var ready = mailbox(10);
        assertThat(ready.lifecycle().ready()).isTrue();
        assertThat(ready.state()).isEqualTo(MailboxState.READY);
        assertThat(ready.permissions().receiveAsOnDatabase()).isTrue();
        assertThat(ready.inventory().umWasEnabled()).as("remembered for re-enabling after the move").isTrue();
        assertThat(search.history(ready.id())).extracting(HistoryEntry::field)
                .contains("write_property", "um_enabled", "receive_as_on_database", "state");
    }

    @Test
    void receive_as_on_a_database_counts_for_every_mailbox_in_it() {
        var result = mailboxes.setReceiveAs("DB02", true);

        assertThat(result.changed()).isEqualTo(666);
        assertThat(mailbox(2).permissions().receiveAsOnDatabase()).isTrue();
        assertThat(mailbox(2).lifecycle().readinessReasons()).doesNotContain(ReadinessReason.NO_MAILBOX_ACCESS);
        assertThat(mailbox(1).permissions().receiveAsOnDatabase()).isFalse();
        assertThat(search.receiveAs("db02")).isTrue();
    }

    @Test
    void a_bulk_transition_refuses_unready_mailboxes_with_their_reasons_and_moves_the_rest() {
        mailboxes.bulk(new BulkAction.SetFullAccess(true), BulkTarget.matching(MailboxFilter.all()));
        mailboxes.bulk(new BulkAction.SetWriteProperty(true), BulkTarget.matching(MailboxFilter.all()));
        mailboxes.bulk(new BulkAction.MoveTo(MailboxState.IN_BATCH, ""), BulkTarget.addresses(List.of(
                "user1@contoso.com", "user10@contoso.com")));

        var result = mailboxes.bulk(new BulkAction.MoveTo(MailboxState.SYNCING, ""),
                BulkTarget.addresses(List.of("user1@contoso.com", "user10@contoso.com", "nobody@contoso.com")));

        assertThat(result.changed()).isEqualTo(1);
        assertThat(result.refusals()).containsExactlyInAnyOrder(
                BulkResult.Refusal.of("nobody@contoso.com", "bulk.not-in-tracker"),
                BulkResult.Refusal.of("user10@contoso.com", "lifecycle.not-for-running-batch", List.of(Message.of("reason.UM_STILL_ENABLED"))));
        assertThat(result.refusals()).extracting(refusal -> refusal.reason().english())
                .contains("not in the tracker", "may not enter a running batch: UM still enabled");
        assertThat(mailbox(1).state()).isEqualTo(MailboxState.SYNCING);
        assertThat(mailbox(1).postMigration().cloudCreatedOn())
                .as("staged: the cloud user's creation comes from the cloud, not the sync").isNull();
    }

    @Test
    void a_row_changed_since_the_screen_loaded_it_is_skipped_in_a_bulk_action_not_overwritten() {
        var seen = mailbox(5);
        var other = mailbox(6);
        mailboxes.bulk(new BulkAction.SetFullAccess(true), BulkTarget.addresses(List.of("user5@contoso.com")));
        var selection = new HashMap<Long, Long>();
        selection.put(seen.id(), seen.version());
        selection.put(other.id(), other.version());

        var result = mailboxes.bulk(new BulkAction.SetWriteProperty(true), BulkTarget.selection(selection));

        assertThat(result.changed()).isEqualTo(1);
        assertThat(result.refusals()).singleElement().satisfies(refusal -> {
            assertThat(refusal.primaryAddress()).isEqualTo("user5@contoso.com");
            assertThat(refusal.reason().english()).startsWith("changed by ada at ");
        });
        assertThat(mailbox(5).permissions().writeProperty()).isFalse();
        assertThat(mailbox(6).permissions().writeProperty()).isTrue();
    }

    @Test
    void a_stale_single_edit_is_refused_with_a_message_naming_the_other_change() {
        var loaded = mailbox(7);
        mailboxes.bulk(new BulkAction.SetFullAccess(true), BulkTarget.addresses(List.of("user7@contoso.com")));

        assertThatThrownBy(() -> mailboxes.transition(loaded.id(), loaded.version(), MailboxState.SKIPPED, "leaver"))
                .isInstanceOf(MailboxConflict.class)
                .hasMessageStartingWith("user7@contoso.com was changed by ada at ");
        assertThat(mailbox(7).state()).isNotEqualTo(MailboxState.SKIPPED);
    }

    @Test
    void changing_the_method_to_cutover_recomputes_readiness_of_every_mailbox() {
        mailboxes.bulk(new BulkAction.SetFullAccess(true), BulkTarget.matching(MailboxFilter.all()));
        assertThat(mailbox(1).lifecycle().ready()).as("staged still needs WriteProperty").isFalse();
        var settings = project.current();
        var data = settings.data();

        project.update(new ProjectSettingsData(data.organisationName().isBlank() ? "Contoso"
                : data.organisationName(), data.smtpDomains(), data.sourceVersion(), MigrationMethod.CUTOVER, false,
                data.singleSignOn(), data.migrationAdminAccount(), data.routingDomain()), settings.getVersion());

        assertThat(mailbox(1).lifecycle().ready()).isTrue();
        assertThat(mailbox(1).state()).isEqualTo(MailboxState.READY);
        assertThat(mailbox(10).lifecycle().ready()).as("UM still enabled").isFalse();
        assertThat(search.count(new MailboxFilter(Set.of(), true, null, null, null, null, null, null, null)))
                .isEqualTo(1_800);
    }

    @Test
    void filters_combine_readiness_reason_database_and_text() {
        var umBlocked = new MailboxFilter(Set.of(), false, ReadinessReason.UM_STILL_ENABLED, null, "db01", null,
                null, null, null);

        assertThat(search.count(umBlocked)).isEqualTo(67);
        assertThat(search.count(MailboxFilter.all().withText("User 1999"))).isEqualTo(1);
        assertThat(search.count(MailboxFilter.all().withText("u42@contoso.mail.onmicrosoft.com"))).isEqualTo(1);
        assertThat(search.count(MailboxFilter.all().withText("user42@contoso"))).as("an address up to its domain").isEqualTo(1);
        assertThat(search.count(MailboxFilter.all().withText("@contoso.mail.onmicrosoft.com")))
                .as("a domain with its @").isEqualTo(search.count(MailboxFilter.all()));
        assertThat(search.count(MailboxFilter.all().withText("contoso.com"))).as("a domain")
                .isEqualTo(search.count(MailboxFilter.all()));
        assertThat(search.count(MailboxFilter.all().withText("@fabrikam.com"))).as("another domain").isZero();
        var page = search.page(MailboxFilter.all(), MailboxSort.PRIMARY_ADDRESS, true, 1_990, 50);
        assertThat(page).hasSize(10);
        assertThat(page.getLast().primaryAddress()).isEqualTo("user9@contoso.com");
    }

    @Test
    void post_migration_steps_are_recorded_and_checked() {
        var m = mailbox(10);

        assertThatThrownBy(() -> mailboxes.recordPostMigration(m.id(), m.version(),
                PostMigration.recorded(null, LocalDate.now().plusDays(3), false, false)))
                .hasMessage("user10@contoso.com: the licence date lies in the future");
        var saved = mailboxes.recordPostMigration(m.id(), m.version(),
                PostMigration.recorded(LocalDate.now().minusDays(2), LocalDate.now(), true, true));

        assertThat(saved.postMigration().licenceAssignedOn()).isEqualTo(LocalDate.now());
        assertThat(saved.postMigration().umReenabled()).isTrue();
        assertThat(saved.licenceDeadline()).isEqualTo(LocalDate.now().plusDays(28));
    }

    @Test
    @WithMockUser(username = "harry", roles = "HELPDESK")
    void helpdesk_may_tick_the_outlook_profile_but_not_change_permissions() {
        var m = mailbox(3);

        var saved = mailboxes.markOutlookProfileReconfigured(m.id(), m.version(), true);

        assertThat(saved.postMigration().outlookProfileReconfigured()).isTrue();
        assertThat(search.timeline(m.id())).anySatisfy(entry -> assertThat(entry.actor()).isEqualTo("harry"));
        assertThatThrownBy(() -> mailboxes.bulk(new BulkAction.SetFullAccess(true), BulkTarget.matching(MailboxFilter.all())))
                .isInstanceOf(AuthorizationDeniedException.class);
    }
}
