package org.migrationtracker.benchmark.load;

import org.junit.jupiter.api.Test;
import org.migrationtracker.ApiCalls;
import org.migrationtracker.IntegrationTest;
import org.migrationtracker.mailbox.InventoryImportService;
import org.migrationtracker.mailbox.MailboxTestData;
import org.migrationtracker.security.TrackerUserService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.net.URI;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The load test's protocol client against the running app, with three people on 30 mailboxes, so that it cannot
 * rot unnoticed: they sign in through the form, bootstrap real UIs, navigate, search, click a real bulk action that
 * changes the database, and the lead with the dashboard open receives it as a push.
 */
@IntegrationTest
class UiProtocolTest {

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;
    @Autowired TrackerUserService users;
    @Autowired InventoryImportService inventory;

    @Test
    void three_people_sign_in_search_run_a_bulk_action_and_the_lead_receives_it_as_a_push() {
        MailboxTestData.clear(jdbc);
        ApiCalls.ensureUsers(users, jdbc);
        MailboxTestData.asAdmin(() -> inventory.importInventory("protocol.csv", MailboxTestData.inventory(30, "Finance")));
        var timings = new Timings();
        try (var driver = new LoadDriver(URI.create("http://localhost:" + port), timings)) {
            var lead = driver.signedIn("api-lead", ApiCalls.PASSWORD);
            var pushes = new AtomicInteger();
            People.leadOpensDashboard(lead, timings, pushes);

            var helpdesk = driver.signedIn("api-helpdesk", ApiCalls.PASSWORD);
            helpdesk.open("lookup");
            String address = People.helpdeskLooksUp(helpdesk, timings, "User 2");
            assertThat(address).startsWith("user2");
            assertThat(helpdesk.tree.text(helpdesk.require(node -> "lookup-view".equals(node.attribute("id")), "lookup")))
                    .contains(address);

            var admin = driver.signedIn("api-admin", ApiCalls.PASSWORD);
            admin.open("dashboard");
            int before = pushes.get();
            People.adminRunsBulkAction(admin, timings, "user1", 3, true);
            assertThat(jdbc.queryForObject("select count(*) from mailbox where full_access", Integer.class)).isEqualTo(3);
            await().atMost(10, TimeUnit.SECONDS).until(() -> pushes.get() > before);
            lead.heartbeat();
        }
        assertThat(timings.errors()).isEmpty();
        assertThat(timings.rows()).extracting(Timings.Row::action).contains("lead: open dashboard", "helpdesk: search",
                "helpdesk: open card", "admin: select row", "admin: bulk action");
    }
}
