package org.migrationtracker.demo;

import org.migrationtracker.TestUsers;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.migrationtracker.IntegrationTest;
import org.migrationtracker.browser.Browser;
import org.migrationtracker.mailbox.MailboxTestData;
import org.migrationtracker.security.Role;
import org.migrationtracker.security.TrackerUserService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.file.Path;
import java.util.EnumSet;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The project plan on the demo migration, as the lead sees it in a real browser: the checklist by phase beside the
 * timeline, and a step opened from its link. The README's screenshot of it comes from here
 * ({@code ./mvnw verify -Dscreenshots.dir=docs/images}).
 */
@IntegrationTest
class PlanBrowserTest {

    private static final String PASSWORD = "Steering-night-2026";
    private static final Browser browser = Browser.shared();

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;
    @Autowired AutowireCapableBeanFactory beans;
    @Autowired TrackerUserService users;
    private Object[] project;

    @AfterEach
    void restore() {
        // the demo's plan rows and MX record would leak into the other test classes sharing the database
        jdbc.update("update notice_settings set automatic = false");
        jdbc.execute("truncate notice");
        jdbc.update("delete from plan_step_value");
        jdbc.update("delete from plan_step");
        jdbc.update("delete from plan_step_history");
        if (project != null) {
            jdbc.update("update migration_project set mx_points_to_cloud = ?, mx_changed_at = ?", project);
        }
    }

    @Test
    void the_lead_sees_the_checklist_by_phase_and_the_timeline_of_the_demo_migration_and_opens_a_step() {
        project = jdbc.queryForObject("select mx_points_to_cloud, mx_changed_at from migration_project",
                (rs, row) -> new Object[] {rs.getBoolean(1), rs.getTimestamp(2)});
        MailboxTestData.clearWithBatches(jdbc);
        // built by Spring, whatever the demo needs today
        beans.createBean(DemoMigration.class).run(null);
        MailboxTestData.asAdmin(() -> {
            if (jdbc.queryForObject("select count(*) from tracker_user where username = 'screens-lead'", Integer.class) == 0) {
                users.create("screens-lead", "Lena Lead", EnumSet.of(Role.LEAD), PASSWORD);
                TestUsers.choseOwnPassword(jdbc, "screens-lead");
            }
        });

        BrowserContext lead = browser.newContext();
        try {
            Page page = Browser.signedIn(lead, port, "screens-lead", PASSWORD, "dashboard");
            page.navigate("http://localhost:" + port + "/plan");
            assertThat(page.locator(".view-title")).hasText("Project plan");
            assertThat(page.locator("#checklist-heading")).hasText("Checklist");
            assertThat(page.locator("#phase-PREPARATION")).hasText("Preparation");
            assertThat(page.locator("#phase-MAIL_FLOW")).hasText("Mail flow to Microsoft 365");
            assertThat(page.locator("#phase-AFTER")).hasText("After the migration");
            assertThat(page.locator("#open-VERIFY_DOMAIN")).hasText("Verify the domain in Microsoft 365");
            assertThat(page.locator("#timeline-heading")).hasText("Timeline");
            assertThat(page.locator("#timeline-today")).isVisible();
            assertThat(page.locator("#plan-timeline .milestone").first()).isVisible();
            assertThat(page.locator("#plan-timeline")).containsText("Batch");
            assertThat(Browser.scrollsSideways(page)).as("plan at 1280 px").isFalse();
            Browser.screenshot(page, "plan-lead.png", false);

            page.locator("#open-MX_SWITCH").click();
            var dialog = page.getByRole(AriaRole.DIALOG);
            assertThat(dialog).containsText("Once every mailbox");
            assertThat(dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save")))
                    .isVisible();
            page.waitForURL("**/plan/MX_SWITCH");
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/plan-step-dialog.png")));
            page.keyboard().press("Escape");
            page.waitForURL("**/plan");

            page.navigate("http://localhost:" + port + "/plan/WAIT_72H");
            assertThat(page.getByRole(AriaRole.DIALOG)).containsText("Other mail systems need at least 72 hours");

            page.setViewportSize(820, 1180);
            page.keyboard().press("Escape");
            page.waitForTimeout(300);
            assertThat(Browser.scrollsSideways(page)).as("plan at 820 px").isFalse();
        } finally {
            lead.close();
        }
    }
}
