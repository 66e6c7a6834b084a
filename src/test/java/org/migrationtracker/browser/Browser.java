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

    BrowserContext newContext() {
        return chromium.newContext(new NewContextOptions().setViewportSize(1280, 800).setLocale("en-GB").setAcceptDownloads(true));
    }

    @Override
    public void close() {
        chromium.close();
        playwright.close();
    }
}
