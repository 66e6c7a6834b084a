package org.migrationtracker.demo;

import org.migrationtracker.TestUsers;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.migrationtracker.IntegrationTest;
import org.migrationtracker.batch.BatchService;
import org.migrationtracker.browser.Browser;
import org.migrationtracker.mailbox.CloudUserImportService;
import org.migrationtracker.mailbox.InventoryImportService;
import org.migrationtracker.mailbox.MailboxEdits;
import org.migrationtracker.mailbox.MailboxSearch;
import org.migrationtracker.notice.NoticeService;
import org.migrationtracker.mailbox.MailboxTestData;
import org.migrationtracker.project.EndpointService;
import org.migrationtracker.project.ProjectService;
import org.migrationtracker.security.Role;
import org.migrationtracker.security.TrackerUserService;
import org.migrationtracker.plan.Milestone;
import org.migrationtracker.plan.PlanService;
import org.migrationtracker.plan.Step;
import org.migrationtracker.plan.StepStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Locale;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The two screens people live in, on the demo migration, in a real browser: the lead's dashboard and the helpdesk's
 * lookup, on a laptop (1280 px) and a tablet (820 px), the lookup used by keyboard only. The README's screenshots
 * come from here ({@code ./mvnw verify -Dscreenshots.dir=docs/images}).
 */
@IntegrationTest
class DemoScreensBrowserTest {

    private static final String PASSWORD = "Steering-night-2026";
    private static final Browser browser = Browser.shared();

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;
    @Autowired ProjectService project;
    @Autowired InventoryImportService inventory;
    @Autowired MailboxEdits mailboxes;
    @Autowired MailboxSearch search;
    @Autowired BatchService batches;
    @Autowired CloudUserImportService cloudUsers;
    @Autowired EndpointService endpoints;
    @Autowired TrackerUserService users;
    @Autowired PlanService plans;
    @Autowired NoticeService notices;
    @Autowired Clock clock;

    @AfterEach
    void noPlan() {
        jdbc.update("update notice_settings set automatic = false");
        jdbc.execute("truncate notice");
        jdbc.update("delete from plan_step_history");
        jdbc.update("delete from plan_step");
    }

    @Test
    void the_lead_and_the_helpdesk_see_the_demo_migration_on_a_laptop_and_a_tablet() {
        MailboxTestData.clearWithBatches(jdbc);
        jdbc.update("delete from plan_step_history");
        jdbc.update("delete from plan_step");
        new DemoMigration(project, inventory, mailboxes, search, batches, cloudUsers, endpoints, plans, notices, clock).run(null);
        MailboxTestData.asAdmin(() -> {
            var plan = plans.plan();
            assertThat(plan.items()).as("done steps").anyMatch(i -> i.record().status() == StepStatus.DONE && !i.doneByTracker()
                    && i.doneAt() != null && i.doneAt().isBefore(clock.instant().minus(Duration.ofDays(7))));
            assertThat(plan.items()).as("steps in progress").anyMatch(i -> i.status() == StepStatus.IN_PROGRESS);
            assertThat(plan.late()).as("late steps").isNotEmpty();
            assertThat(plan.upcoming()).as("upcoming steps").anyMatch(i -> i.step() == Step.MX_SWITCH);
            assertThat(plans.timeline()).as("milestones ahead")
                    .anyMatch(m -> m.day().isAfter(LocalDate.now(clock)) && m.kind() == Milestone.Kind.STEP_DUE);
        });
        MailboxTestData.asAdmin(() -> {
            for (var role : EnumSet.of(Role.LEAD, Role.HELPDESK, Role.ADMIN)) {
                String name = "screens-" + role.name().toLowerCase(Locale.ROOT);
                if (jdbc.queryForObject("select count(*) from tracker_user where username = ?", Integer.class, name) == 0) {
                    users.create(name, switch (role) {
                        case LEAD -> "Lena Lead";
                        case HELPDESK -> "Harry Helpdesk";
                        case ADMIN -> "Ada Admin";
                    }, EnumSet.of(role), PASSWORD);
                    TestUsers.choseOwnPassword(jdbc, name);
                }
            }
        });

        BrowserContext lead = browser.newContext();
        try {
            Page page = Browser.signedIn(lead, port, "screens-lead", PASSWORD, "dashboard");
            assertThat(page.locator("#tile-total .tile-number")).hasText("480");
            assertThat(page.locator("tracker-chart svg")).hasCount(2);
            assertThat(page.locator("#blockers a").first()).isVisible();
            assertThat(Browser.scrollsSideways(page)).as("dashboard at 1280 px").isFalse();
            Browser.screenshot(page, "dashboard-lead.png", true);

            page.setViewportSize(820, 1180);
            page.waitForTimeout(300);
            assertThat(Browser.scrollsSideways(page)).as("dashboard at 820 px").isFalse();
        } finally {
            lead.close();
        }

        BrowserContext admin = browser.newContext();
        try {
            Page page = Browser.signedIn(admin, port, "screens-admin", PASSWORD, "dashboard");
            page.navigate("http://localhost:" + port + "/mailboxes");
            assertThat(page.locator("vaadin-grid").first()).isVisible();
            page.waitForTimeout(500);
            assertThat(Browser.scrollsSideways(page)).as("mailbox grid at 1280 px").isFalse();
            page.waitForTimeout(1500);
            assertThat(page.evaluate("() => [...document.querySelectorAll('#mailboxes-view vaadin-grid-sorter')]"
                    + ".filter(s => s.offsetParent !== null)"
                    + ".filter(s => { const c = s.shadowRoot.querySelector('[part=content]'); return c.scrollWidth > c.clientWidth + 1; })"
                    + ".map(s => s.textContent.trim())"))
                    .as("no header cut short on the demo's data").asList().isEmpty();
            Browser.screenshot(page, "mailboxes-admin.png", false);
            page.navigate("http://localhost:" + port + "/batches");
            assertThat(page.locator(".batch-progress").first()).isVisible();
            page.waitForTimeout(300);
            Browser.screenshot(page, "batches-admin.png", false);
        } finally {
            admin.close();
        }

        BrowserContext helpdesk = browser.newContext();
        try {
            Page page = Browser.signedIn(helpdesk, port, "screens-helpdesk", PASSWORD, "lookup");
            page.waitForFunction("() => document.activeElement && document.activeElement.closest('vaadin-text-field') !== null");
            page.keyboard().type("soren niel");
            assertThat(page.locator(".lookup-result").first()).containsText("Søren Nielsen");
            page.keyboard().press("Enter");
            var card = page.locator(".user-card");
            assertThat(card).containsText("Søren Nielsen");
            assertThat(card.locator("h3").first()).isVisible();
            assertThat(Browser.scrollsSideways(page)).as("lookup at 1280 px").isFalse();
            Browser.screenshot(page, "lookup-helpdesk.png", true);

            page.setViewportSize(820, 1180);
            page.waitForTimeout(300);
            assertThat(Browser.scrollsSideways(page)).as("lookup at 820 px").isFalse();
        } finally {
            helpdesk.close();
        }

        BrowserContext danish = browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions().setLocale("da-DK")); // qualified: Browser is our own helper
        try {
            Page page = Browser.signedIn(danish, port, "screens-helpdesk", PASSWORD, "lookup");
            page.keyboard().type("soren niel");
            page.keyboard().press("Enter");
            var card = page.locator(".user-card");
            assertThat(card).containsText("Hvor postkassen er");
            assertThat(card).not().containsText("Where the mailbox is");
            Browser.screenshot(page, "lookup-helpdesk-da.png", false);
        } finally {
            danish.close();
        }
    }
}
