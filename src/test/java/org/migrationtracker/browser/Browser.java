package org.migrationtracker.browser;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.jspecify.annotations.Nullable;
import org.migrationtracker.IntegrationTest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Debian's Chromium driven by Playwright for Java. Playwright's own browser download cannot work on these
 * machines, so the executable comes from {@code CHROMIUM_PATH} or {@code /usr/bin/chromium}. One Chromium serves
 * every browser test of the test JVM ({@link #shared()}); each test opens its own contexts.
 */
public final class Browser implements AutoCloseable {

    private static final List<String> ARGS = List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
            "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync");

    private final Playwright playwright;
    private final com.microsoft.playwright.Browser chromium;

    private static @Nullable Browser shared;

    /** The test JVM's Chromium, started on first use and closed when the JVM ends. */
    public static synchronized Browser shared() {
        if (shared == null) {
            var started = new Browser();
            Runtime.getRuntime().addShutdownHook(new Thread(started::close, "chromium-shutdown"));
            shared = started;
        }
        return shared;
    }

    private Browser() {
        Path executable = Path.of(System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium"));
        if (!Files.isExecutable(executable)) {
            throw new IllegalStateException("No Chromium at " + executable
                    + ": install Debian's 'chromium' package (.ci/run does) or set CHROMIUM_PATH");
        }
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        chromium = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(executable)
                .setHeadless(true)
                .setArgs(ARGS));
    }

    public BrowserContext newContext(com.microsoft.playwright.Browser.NewContextOptions options) {
        return chromium.newContext(options.setViewportSize(1280, 800).setAcceptDownloads(true));
    }

    public BrowserContext newContext() {
        return chromium.newContext(new NewContextOptions().setViewportSize(1280, 800).setLocale("en-GB").setAcceptDownloads(true));
    }

    /** The messages of the alerts, confirms and prompts the page opens, each dismissed: a script that ran shows here. */
    static java.util.List<String> dialogs(Page page) {
        var seen = new java.util.concurrent.CopyOnWriteArrayList<String>();
        page.onDialog(dialog -> {
            seen.add(dialog.message());
            dialog.dismiss();
        });
        return seen;
    }

    /** A new page, signed in through the login form as the initial admin, on the dashboard. */
    static Page signedInAsAdmin(BrowserContext context, int port) {
        return signedIn(context, port, "admin", IntegrationTest.ADMIN_PASSWORD, "dashboard");
    }

    /** A new page, signed in through the login form, on the user's home route. */
    public static Page signedIn(BrowserContext context, int port, String username, String password,
                                                        String home) {
        var page = context.newPage();
        page.setDefaultTimeout(30_000);
        page.navigate("http://localhost:" + port + "/login");
        page.locator("vaadin-login-form input[name='username']").fill(username);
        page.locator("vaadin-login-form input[name='password']").fill(password);
        page.locator("vaadin-login-form vaadin-button").first().click();
        page.waitForURL(Pattern.compile(".*/" + home + ".*"));
        return page;
    }

    /**
     * Saves a screenshot under target/screenshots, and also under the folder the system property
     * {@code screenshots.dir} names: {@code ./mvnw verify -Dscreenshots.dir=docs/images} refreshes the README's images.
     */
    public static void screenshot(Page page, String fileName, boolean fullPage) {
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots", fileName))
                .setFullPage(fullPage));
        String folder = System.getProperty("screenshots.dir", "");
        if (!folder.isBlank()) {
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of(folder, fileName))
                    .setFullPage(fullPage));
        }
    }

    /** True when the page is wider than its window, i.e. scrolls sideways. */
    public static boolean scrollsSideways(Page page) {
        return (Boolean) page.evaluate("() => document.documentElement.scrollWidth > document.documentElement.clientWidth + 1");
    }

    @Override
    public void close() {
        chromium.close();
        playwright.close();
    }
}
