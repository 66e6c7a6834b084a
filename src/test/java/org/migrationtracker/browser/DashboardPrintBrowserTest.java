package org.migrationtracker.browser;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
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

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard printed by the browser itself (Chromium's PDF, print styles applied) on A4 and on Letter: a title,
 * the organisation and the time, every batch column, the last failed mailbox and the plan card at the end, over as
 * many pages as it takes.
 */
@IntegrationTest
class DashboardPrintBrowserTest {

    private static final Browser browser = Browser.shared();
    private static final List<String> BATCH_COLUMNS = List.of("Name", "Status", "Progress", "Planned", "Ran", "On time?");

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;
    @Autowired InventoryImportService imports;
    @Autowired MailboxEdits mailboxes;
    @Autowired BatchService batches;

    @Test
    void on_an_820_pixel_tablet_the_drawer_collapses_and_the_dashboard_fits_without_scrolling_sideways() {
        MailboxTestData.asAdmin(() -> MailboxTestData.readyInventory(jdbc, imports, mailboxes, 20));
        MailboxTestData.asAdmin(() -> {
            batches.create(new BatchDraft("Wave1", StartMode.AUTOMATIC, LocalDate.now().minusDays(3), "", "", LocalDate.now().minusDays(1)),
                    BulkTarget.addresses(List.of("user1@contoso.com", "user2@contoso.com")), false);
        });
        BrowserContext context = browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions().setLocale("da-DK"));
        try {
            Page page = Browser.signedInAsAdmin(context, port);
            page.setViewportSize(820, 1180); // an iPad Air held upright
            page.locator("#dashboard-batches").waitFor();
            page.waitForFunction("() => document.querySelector('vaadin-app-layout').hasAttribute('overlay')");

            assertThat(page.locator("vaadin-app-layout").getAttribute("overlay")).as("the drawer is an overlay").isNotNull();
            assertThat(page.locator("vaadin-app-layout").getAttribute("drawer-opened")).as("and closed").isNull();
            assertThat(Browser.scrollsSideways(page)).as("the dashboard fits the width").isFalse();
            double tableRight = ((Number) page.evaluate("() => document.querySelector('#dashboard-batches').getBoundingClientRect().right")).doubleValue();
            assertThat(tableRight).as("the batch table ends inside the window").isLessThanOrEqualTo(820);
            assertThat(page.evaluate("() => window.Vaadin.connectionIndicator.onlineText"))
                    .as("Vaadin's connection indicator speaks the reader's language too").isEqualTo("Forbundet igen");
            Browser.screenshot(page, "dashboard-tablet.png", true);
        } finally {
            context.close();
        }
    }

    @Test
    void the_printed_dashboard_carries_its_title_and_paginates_everything_on_a4_and_letter() throws IOException {
        MailboxTestData.asAdmin(() -> MailboxTestData.readyInventory(jdbc, imports, mailboxes, 60));
        jdbc.update("update migration_project set organisation_name = 'Contoso Print Ltd'");
        MailboxTestData.asAdmin(() -> {
            for (int b = 1; b <= 14; b++) {
                // two mailboxes each, none of the UM-enabled ones (user0, user10, ...)
                var members = List.of("user" + (b * 4 + 1) + "@contoso.com", "user" + (b * 4 + 2) + "@contoso.com");
                batches.create(new BatchDraft("Wave" + b, StartMode.AUTOMATIC, LocalDate.now().minusDays(20 - b), "", "",
                        LocalDate.now().minusDays(18 - b)), BulkTarget.addresses(members), false);
                mailboxes.bulk(new BulkAction.MoveTo(MailboxState.FAILED, "The mailbox of Wave" + b + " is too large"),
                        BulkTarget.addresses(members.subList(0, 1)));
            }
        });
        BrowserContext context = browser.newContext();
        try {
            Page page = Browser.signedInAsAdmin(context, port);
            page.locator("#dashboard-batches").waitFor();
            page.waitForFunction("() => document.querySelectorAll('#dashboard-batches tbody tr').length === 14");
            String lastFailed = (String) page.evaluate("() => [...document.querySelectorAll('#due li a:not(#failed-more)')].at(-1).textContent");
            assertThat(lastFailed).contains("User");

            for (var format : List.of("A4", "Letter")) {
                byte[] pdf = page.pdf(new Page.PdfOptions().setFormat(format).setPrintBackground(true));
                Files.createDirectories(Path.of("target/screenshots"));
                Files.write(Path.of("target/screenshots", "dashboard-" + format + ".pdf"), pdf);
                try (var document = Loader.loadPDF(pdf)) {
                    String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
                    assertThat(document.getNumberOfPages()).as("%s: the whole dashboard, over pages", format).isGreaterThan(1);
                    assertThat(text).as(format).contains("Mailbox migration: status", "Contoso Print Ltd", "as of");
                    assertThat(text).as("%s: every batch column", format).contains(BATCH_COLUMNS);
                    assertThat(text).as("%s: every batch", format).contains("Wave1 ", "Wave14 ");
                    assertThat(text).as("%s: the last failed mailbox listed", format).contains(lastFailed.replaceAll("\\s+", " ").strip());
                    assertThat(text).as("%s: and how many more failed, with the way to all of them", format)
                            .contains("… and 4 more: every failed mailbox in the mailbox grid");
                    assertThat(text).as("%s: the plan card at the end", format).contains("Open the project plan");
                    assertThat(text).as("%s: both charts drawn on paper (their legends)", format)
                            .contains("Completed (cumulative)", "In batch");
                    assertThat(text).as("%s: no navigation on paper", format).doesNotContain("Sign out");
                }
            }
        } finally {
            context.close();
        }
    }
}
