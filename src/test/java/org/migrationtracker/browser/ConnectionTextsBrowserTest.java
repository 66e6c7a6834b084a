package org.migrationtracker.browser;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.migrationtracker.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** In a real Chromium, Vaadin's connection strip gets the page's language instead of its English "Online". */
@IntegrationTest
class ConnectionTextsBrowserTest {

    private static final Browser browser = Browser.shared();

    @LocalServerPort int port;

    @Test
    void a_danish_page_says_online_and_connection_lost_in_danish() {
        try (var context = browser.newContext(new NewContextOptions().setLocale("da-DK"))) {
            Page page = context.newPage();
            page.navigate("http://localhost:" + port + "/login");
            page.waitForFunction("() => window.Vaadin && window.Vaadin.connectionIndicator"
                    + " && window.Vaadin.connectionIndicator.onlineText === 'Forbundet igen'");
            assertThat(page.evaluate("() => window.Vaadin.connectionIndicator.offlineText")).isEqualTo("Forbindelsen er afbrudt");
            assertThat(page.evaluate("() => window.Vaadin.connectionIndicator.reconnectingText"))
                    .isEqualTo("Forbindelsen er afbrudt, prøver at genoprette den …");
        }
    }
}
