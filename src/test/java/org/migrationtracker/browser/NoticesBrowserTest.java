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

import java.nio.charset.StandardCharsets;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * In a real browser, an admin edits a notice's template: the preview for a chosen user follows the text as it is typed,
 * in the user's language, and markup that would run shows nowhere.
 */
@IntegrationTest
class NoticesBrowserTest {

    private static final Browser browser = Browser.shared();

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;
    @Autowired InventoryImportService imports;

    @Test
    void the_preview_follows_the_template_for_the_chosen_user_and_runs_no_markup() {
        jdbc.execute("truncate notice, notice_template restart identity");
        MailboxTestData.clearWithBatches(jdbc);
        MailboxTestData.asAdmin(() -> imports.importInventory("people.csv", """
                DisplayName,PrimarySmtpAddress,Languages
                Åsa Lindqvist,asa@contoso.com,sv-SE
                """.getBytes(StandardCharsets.UTF_8)));
        BrowserContext context = browser.newContext();
        try {
            Page page = Browser.signedInAsAdmin(context, port);
            var alerts = Browser.dialogs(page);
            page.navigate("http://localhost:" + port + "/notices");
            assertThat(page.locator("#notice-sending")).containsText("Sending is off");
            page.locator(".notice-tab", new Page.LocatorOptions().setHasText("Templates")).click();
            assertThat(page.locator("#template-body")).isVisible();
            assertThat((Boolean) page.evaluate("() => !!customElements.get('vaadin-text-area')")).isTrue();

            page.locator("#template-language input").fill("Swedish");
            page.keyboard().press("Enter");
            page.locator("#template-mailbox input").fill("Åsa");
            page.locator("vaadin-combo-box-item", new Page.LocatorOptions().setHasText("asa@contoso.com")).click();
            assertThat(page.locator("#notice-preview-subject")).hasText("Din postlåda flyttar till Microsoft 365");
            assertThat(page.locator("#notice-preview-body")).containsText("Hej Åsa Lindqvist!");

            page.locator("#template-body textarea").fill("<p>Hej {{name}}, nytt!</p><img src=x onerror=alert(1)><script>alert(2)</script>");
            assertThat(page.locator("#notice-preview-body")).hasText("Hej Åsa Lindqvist, nytt!");
            assertThat(page.locator("#notice-preview img")).hasCount(0);
            assertThat(page.locator("#notice-preview script")).hasCount(0);
            assertThat(alerts).as("no script ran").isEmpty();
        } finally {
            context.close();
        }
    }
}
