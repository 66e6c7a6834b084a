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
import static org.migrationtracker.ShownAsText.MARKUP;

/** In a real browser, an imported display name that is markup shows as its text in the mailbox grid and the lookup card. */
@IntegrationTest
class MarkupAsTextBrowserTest {

    private static final Browser browser = Browser.shared();

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;
    @Autowired InventoryImportService imports;

    @Test
    void a_display_name_holding_an_img_tag_is_text_in_the_grid_and_the_card_and_no_img_element_appears() {
        MailboxTestData.clear(jdbc);
        MailboxTestData.asAdmin(() -> imports.importInventory("markup.csv", ("DisplayName,PrimarySmtpAddress,Alias,Department\n"
                + MARKUP + ",markup@contoso.com,markup," + MARKUP + "\n").getBytes(StandardCharsets.UTF_8)));
        BrowserContext context = browser.newContext();
        try {
            Page page = Browser.signedInAsAdmin(context, port);
            var alerts = Browser.dialogs(page);

            page.navigate("http://localhost:" + port + "/mailboxes");
            assertThat(page.getByText(MARKUP).first()).isVisible();
            assertThat(page.locator("img[src=x]")).hasCount(0);

            page.navigate("http://localhost:" + port + "/lookup/markup@contoso.com");
            assertThat(page.getByText(MARKUP).first()).isVisible();
            assertThat(page.locator("img[src=x]")).hasCount(0);
            assertThat(alerts).as("no script ran").isEmpty();
        } finally {
            context.close();
        }
    }
}
