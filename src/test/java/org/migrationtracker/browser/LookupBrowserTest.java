package org.migrationtracker.browser;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.migrationtracker.IntegrationTest;
import org.migrationtracker.mailbox.BulkAction;
import org.migrationtracker.mailbox.BulkTarget;
import org.migrationtracker.mailbox.InventoryImportService;
import org.migrationtracker.mailbox.MailboxEdits;
import org.migrationtracker.mailbox.MailboxState;
import org.migrationtracker.mailbox.MailboxTestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** The helpdesk's lookup at 1280×800: the chosen card says what to do without scrolling, and Back returns to the results. */
@IntegrationTest
class LookupBrowserTest {

    private static final Browser browser = Browser.shared();

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;
    @Autowired InventoryImportService imports;
    @Autowired MailboxEdits mailboxes;

    @Test
    void the_chosen_card_says_what_to_do_on_the_first_screen_and_back_returns_to_the_results() {
        MailboxTestData.clear(jdbc);
        jdbc.update("update migration_project set method = 'STAGED', single_sign_on = false, mx_points_to_cloud = false, mx_changed_at = null");
        MailboxTestData.asAdmin(() -> {
            imports.importInventory("people.csv", """
                    DisplayName,PrimarySmtpAddress,Alias,Department,Languages
                    Anna Jensen,anna.jensen@contoso.dk,ajensen,Finance,da-DK
                    Anna Jensen,anna.m.jensen@contoso.dk,amjensen,Sales,da-DK
                    Anna Jensson,anna.jensson@contoso.dk,ajensson,Sales,
                    Annabel Jensen,annabel@contoso.dk,annabel,Sales,
                    Hanna Jensen,hanna@contoso.dk,hjensen,Legal,
                    """.getBytes(StandardCharsets.UTF_8));
            var sales = BulkTarget.addresses(List.of("anna.m.jensen@contoso.dk"));
            mailboxes.bulk(new BulkAction.SetFullAccess(true), sales);
            mailboxes.bulk(new BulkAction.SetWriteProperty(true), sales);
            for (var state : List.of(MailboxState.IN_BATCH, MailboxState.SYNCING, MailboxState.SYNCED, MailboxState.COMPLETED)) {
                mailboxes.bulk(new BulkAction.MoveTo(state, ""), sales);
            }
        });
        BrowserContext context = browser.newContext();
        try {
            Page page = Browser.signedInAsAdmin(context, port);
            page.navigate("http://localhost:" + port + "/lookup");
            page.locator("#lookup-view vaadin-text-field input").fill("anna jensen");
            var sales = page.locator(".lookup-result", new Page.LocatorOptions().setHasText("anna.m.jensen@contoso.dk"));
            assertThat(sales).containsText("Sales");
            assertThat(page.locator(".lookup-result", new Page.LocatorOptions().setHasText("anna.jensen@contoso.dk")))
                    .containsText("Finance");
            Browser.screenshot(page, "lookup-results.png", false);

            sales.click();

            assertThat(page).hasURL(Pattern.compile(".*/lookup/anna\\.m\\.jensen@contoso\\.dk\\?q=anna(%20|\\+)jensen$"));
            assertThat(page.locator("#card-todo")).containsText("Create a new Outlook profile");
            assertThat(page.locator("#card-outlook")).isVisible();
            Browser.screenshot(page, "lookup-card.png", false);
            assertThat((Boolean) page.evaluate("() => window.scrollY === 0"
                    + " && document.querySelector('#card-todo').getBoundingClientRect().bottom <= window.innerHeight"
                    + " && document.querySelector('#card-outlook').getBoundingClientRect().bottom <= window.innerHeight"))
                    .as("what the user must do, and its tick box, fit the first screen at 1280×800").isTrue();
            assertThat(Browser.scrollsSideways(page)).isFalse();

            page.goBack();

            assertThat(page).hasURL(Pattern.compile(".*/lookup\\?q=anna(%20|\\+)jensen$"));
            assertThat(page.locator("#lookup-view vaadin-text-field input")).hasValue("anna jensen");
            assertThat(page.locator(".lookup-result", new Page.LocatorOptions().setHasText("anna.m.jensen@contoso.dk"))).isVisible();

            page.locator(".lookup-result", new Page.LocatorOptions().setHasText("anna.jensen@contoso.dk")).click();
            assertThat(page.locator("#card-readiness .fix-command").first()).containsText("Add-MailboxPermission");
            Browser.screenshot(page, "lookup-readiness.png", true);
        } finally {
            context.close();
        }
    }
}
