package org.migrationtracker.browser;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.migrationtracker.IntegrationTest;
import org.migrationtracker.batch.BatchDraft;
import org.migrationtracker.batch.BatchService;
import org.migrationtracker.batch.StartMode;
import org.migrationtracker.mailbox.BulkAction;
import org.migrationtracker.mailbox.BulkTarget;
import org.migrationtracker.mailbox.InventoryImportService;
import org.migrationtracker.mailbox.MailboxEdits;
import org.migrationtracker.mailbox.MailboxState;
import org.migrationtracker.mailbox.MailboxTestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.file.Path;
import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** The lead's dashboard in a real browser: counts and charts follow a change made in another session. */
@IntegrationTest
class DashboardBrowserTest {

    private static final Browser browser = Browser.shared();

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;
    @Autowired InventoryImportService imports;
    @Autowired MailboxEdits mailboxes;
    @Autowired BatchService batches;

    @Test
    void counts_and_charts_change_without_reload_when_another_session_changes_mailboxes() {
        MailboxTestData.asAdmin(() -> MailboxTestData.readyInventory(jdbc, imports, mailboxes, 30));
        MailboxTestData.asAdmin(() -> {
            batches.create(new BatchDraft("Pilot", StartMode.AUTOMATIC, null, "", ""),
                    BulkTarget.addresses(List.of("user1@contoso.com", "user2@contoso.com")), false);
        });
        BrowserContext context = browser.newContext();
        try {
            Page page = Browser.signedInAsAdmin(context, port);
            var skipped = page.locator("#tile-skipped .tile-number");
            assertThat(skipped).hasText("0");
            page.waitForFunction("() => document.querySelector('#by-batch').option.includes('Pilot')");
            String chartBefore = (String) page.evaluate("() => document.querySelector('#by-batch').option");
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/dashboard.png")).setFullPage(true));

            MailboxTestData.asAdmin(() -> {
                mailboxes.bulk(new BulkAction.MoveTo(MailboxState.SKIPPED, "shared mailbox"), BulkTarget.addresses(List.of("user5@contoso.com")));
                mailboxes.bulk(new BulkAction.MoveTo(MailboxState.SYNCED, ""), BulkTarget.addresses(List.of("user1@contoso.com")));
            });

            assertThat(skipped).hasText("1");
            page.waitForFunction("before => document.querySelector('#by-batch').option !== before", chartBefore);
            String chartAfter = (String) page.evaluate("() => document.querySelector('#by-batch').option");
            assertThat(chartAfter).isNotEqualTo(chartBefore);
            assertThat(page.locator("#by-batch svg").count()).isEqualTo(1);
        } finally {
            context.close();
        }
    }
}
