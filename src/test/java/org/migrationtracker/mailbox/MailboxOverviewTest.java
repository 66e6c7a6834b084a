package org.migrationtracker.mailbox;

import org.junit.jupiter.api.Test;
import org.migrationtracker.IntegrationTest;
import org.migrationtracker.batch.BatchService;
import org.migrationtracker.batch.StatusImportService;
import org.migrationtracker.benchmark.OrganisationSetup;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The overview's one pass over the mailboxes says what each figure's own statement says, on an organisation with
 * every state, batch, readiness reason, licence and conversion case in it.
 */
@IntegrationTest
@WithMockUser(username = "ada", roles = "ADMIN")
class MailboxOverviewTest {

    @Autowired MailboxFigures figures;
    @Autowired BatchMailboxes batchMailboxes;
    @Autowired InventoryImportService imports;
    @Autowired MailboxEdits edits;
    @Autowired BatchService batches;
    @Autowired StatusImportService status;
    @Autowired JdbcTemplate jdbc;

    @Test
    void the_one_pass_overview_agrees_with_every_figures_own_statement() {
        new OrganisationSetup(jdbc, imports, edits, batches, status).organisation(1_000);
        // what the setup leaves out: skipped mailboxes, missing permissions, licences, cloud users, conversions
        jdbc.update("update mailbox set state = 'SKIPPED' where id % 17 = 0 and batch_id is null");
        var some = jdbc.queryForList("select id from mailbox where state = 'READY' order by id limit 40", Long.class);
        edits.bulk(new BulkAction.SetFullAccess(false), BulkTarget.ids(some.subList(0, 25)));
        edits.bulk(new BulkAction.SetWriteProperty(false), BulkTarget.ids(some.subList(15, 40)));
        jdbc.update("update mailbox set cloud_created_on = date '2026-11-01' + (id % 20)::int where state in ('SYNCING', 'SYNCED', 'COMPLETED')");
        jdbc.update("update mailbox set licence_assigned_on = date '2026-11-25' where state = 'COMPLETED' and id % 3 = 0");
        jdbc.update("update mailbox set mail_user_converted = true where state = 'COMPLETED' and id % 4 = 0");
        jdbc.update("update mailbox set recipient_type = 'SHARED' where id % 23 = 0");

        var overview = figures.overview();

        assertThat(overview.tally()).isEqualTo(figures.tally());
        assertThat(overview.byBatch()).isEqualTo(batchMailboxes.countsByBatch()).hasSize(50);
        var states = new EnumMap<MailboxState, Integer>(MailboxState.class);
        for (var state : MailboxState.values()) {
            states.put(state, 0);
        }
        jdbc.query("select state, count(*) from mailbox group by state",
                rs -> { states.put(MailboxState.valueOf(rs.getString(1)), rs.getInt(2)); });
        assertThat(overview.states()).isEqualTo(states);
        var blockers = new LinkedHashMap<ReadinessReason, Integer>();
        jdbc.query("select reason, count(*) from mailbox, unnest(readiness) as reason where state = 'NOT_READY'"
                + " group by reason order by count(*) desc, reason", rs -> {
            blockers.put(ReadinessReason.valueOf(rs.getString(1)), rs.getInt(2));
        });
        assertThat(List.copyOf(overview.blockers().entrySet())).as("most frequent first").isEqualTo(List.copyOf(blockers.entrySet()));
        // the case the figures exist for is in the data
        assertThat(overview.tally().licencesMissing()).isPositive();
        assertThat(overview.tally().lackingPermissions()).isPositive();
        assertThat(overview.tally().awaitingConversion()).isPositive();
        assertThat(overview.blockers()).isNotEmpty();
    }
}
