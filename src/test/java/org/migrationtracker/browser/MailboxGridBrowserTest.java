package org.migrationtracker.browser;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.migrationtracker.IntegrationTest;
import org.migrationtracker.mailbox.InventoryImportService;
import org.migrationtracker.mailbox.MailboxTestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** What only a browser shows of the mailbox grid: Danish headers fit at 1280 px, and a tablet gets fewer columns. */
@IntegrationTest
class MailboxGridBrowserTest {

    private static final Browser browser = Browser.shared();

    /** How far the grid scrolls sideways, the headers cut short, and the columns shown. */
    private static final String LAYOUT = """
            () => {
              const grid = document.querySelector('#mailboxes-view vaadin-grid');
              const table = grid.shadowRoot.querySelector('#table');
              const sorters = [...grid.querySelectorAll('vaadin-grid-sorter')].filter(s => s.offsetParent !== null);
              return {
                overflow: table.scrollWidth - table.clientWidth,
                cut: sorters.filter(s => { const c = s.shadowRoot.querySelector('[part=content]'); return c.scrollWidth > c.clientWidth + 1; })
                    .map(s => s.textContent.trim()),
                shown: sorters.map(s => s.textContent.trim())
              };
            }""";

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;
    @Autowired InventoryImportService imports;

    @Test
    void danish_headers_fit_at_1280_pixels_and_a_tablet_keeps_state_and_readiness_without_scrolling_sideways() {
        MailboxTestData.clearWithBatches(jdbc);
        MailboxTestData.asAdmin(() -> imports.importInventory("inventory.csv", MailboxTestData.inventory(40, "Økonomi og administration")));
        BrowserContext context = browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions().setLocale("da-DK"));
        try {
            Page page = Browser.signedInAsAdmin(context, port);
            page.navigate("http://localhost:" + port + "/mailboxes");
            page.locator("#mailboxes-view vaadin-grid vaadin-grid-sorter").first().waitFor();
            page.waitForFunction("() => [...document.querySelectorAll('#mailboxes-view vaadin-grid-cell-content')]"
                    + ".some(c => c.textContent.includes('user1@contoso.com'))");

            @SuppressWarnings("unchecked")
            var wide = (Map<String, Object>) page.evaluate(LAYOUT);
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/mailboxes-da-1280.png")));
            assertThat(wide.get("shown")).asList().contains("Navn", "Primær SMTP-adresse", "Afdeling", "Tilstand", "Parathed", "Størrelse");
            assertThat(wide.get("cut")).as("no Danish header cut short").asList().isEmpty();
            assertThat(((Number) wide.get("overflow")).intValue()).as("no sideways scrolling at 1280 px").isLessThanOrEqualTo(0);
            assertThat(page.locator("#import-recipients").boundingBox().x + page.locator("#import-recipients").boundingBox().width)
                    .as("the toolbar wraps within the window").isLessThanOrEqualTo(1280);

            page.setViewportSize(900, 1100);
            page.waitForFunction("() => [...document.querySelectorAll('#mailboxes-view vaadin-grid-sorter')]"
                    + ".filter(s => s.offsetParent !== null).length === 4");
            @SuppressWarnings("unchecked")
            var tablet = (Map<String, Object>) page.evaluate(LAYOUT);
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/mailboxes-da-tablet.png")));
            assertThat(tablet.get("shown")).asList().isEqualTo(List.of("Primær SMTP-adresse", "Batch", "Tilstand", "Parathed"));
            assertThat(((Number) tablet.get("overflow")).intValue()).as("no sideways scrolling on a tablet").isLessThanOrEqualTo(0);
        } finally {
            context.close();
        }
    }
}
