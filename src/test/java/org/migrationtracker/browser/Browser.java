package org.migrationtracker.browser;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Debian's Chromium driven by Playwright for Java. Playwright's own browser download cannot work on these
 * machines, so the executable comes from {@code CHROMIUM_PATH} or {@code /usr/bin/chromium}.
 */
final class Browser implements AutoCloseable {

    private static final List<String> ARGS = List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
            "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync");

    private final Playwright playwright;
    private final com.microsoft.playwright.Browser chromium;

    Browser() {
        Path executable = Path.of(System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium"));
        if (!Files.isExecutable(executable)) {
            throw new IllegalStateException("No Chromium at " + executable
                    + ": install Debian's 'chromium' package (.ci/run does) or set CHROMIUM_PATH");
        }
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(java.util.Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        chromium = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(executable)
                .setHeadless(true)
                .setArgs(ARGS));
    }

    BrowserContext newContext(com.microsoft.playwright.Browser.NewContextOptions options) {
        return chromium.newContext(options.setViewportSize(1280, 800).setAcceptDownloads(true));
    }

    BrowserContext newContext() {
        return chromium.newContext(new NewContextOptions().setViewportSize(1280, 800).setLocale("en-GB").setAcceptDownloads(true));
    }

    /** A new page, signed in through the login form as the initial admin, on the dashboard. */
    static com.microsoft.playwright.Page signedInAsAdmin(BrowserContext context, int port) {
        var page = context.newPage();
        page.setDefaultTimeout(30_000);
        page.navigate("http://localhost:" + port + "/login");
        page.locator("vaadin-login-form input[name='username']").fill("admin");
        page.locator("vaadin-login-form input[name='password']").fill(org.migrationtracker.IntegrationTest.ADMIN_PASSWORD);
        page.locator("vaadin-login-form vaadin-button").first().click();
        page.waitForURL(java.util.regex.Pattern.compile(".*/dashboard.*"));
        return page;
    }

    @Override
    public void close() {
        chromium.close();
        playwright.close();
    }
}
