package org.migrationtracker.browser;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.migrationtracker.IntegrationTest;
import org.migrationtracker.batch.BatchDraft;
import org.migrationtracker.batch.BatchService;
import org.migrationtracker.batch.StartMode;
import org.migrationtracker.mailbox.BulkTarget;
import org.migrationtracker.mailbox.InventoryImportService;
import org.migrationtracker.mailbox.MailboxTestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.file.Files;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The batch CSV as an admin gets it: a real download in a real browser. */
@IntegrationTest
class BatchCsvDownloadBrowserTest {

    private static final Browser browser = Browser.shared();

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;
    @Autowired InventoryImportService imports;
    @Autowired BatchService batches;

    @Test
    void an_admin_downloads_the_staged_batch_csv_with_fresh_passwords() throws Exception {
        MailboxTestData.clearWithBatches(jdbc);
        jdbc.update("update migration_project set single_sign_on = false");
        MailboxTestData.asAdmin(() -> {
            imports.importInventory("inventory.csv", MailboxTestData.inventory(5, "Finance"));
            batches.create(new BatchDraft("Pilot", StartMode.MANUAL, null, "", ""),
                    BulkTarget.addresses(List.of("user1@contoso.com", "user2@contoso.com")), false);
        });
        BrowserContext context = browser.newContext();
        try {
            Page page = Browser.signedInAsAdmin(context, port);
            page.navigate("http://localhost:" + port + "/batches");
            page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText("Pilot")).first().click();

            var download = page.waitForDownload(() -> page.locator("#csv-with-passwords").click());

            assertThat(download.suggestedFilename()).isEqualTo("Pilot.csv");
            var lines = Files.readAllLines(download.path());
            assertThat(lines).hasSize(3);
            assertThat(lines.get(0)).isEqualTo("EmailAddress,Password,ForceChangePassword");
            assertThat(lines.get(1)).matches("user1@contoso\\.com,[^,]{16},True");
            assertThat(lines.get(2)).matches("user2@contoso\\.com,[^,]{16},True");
        } finally {
            context.close();
        }
    }
}
