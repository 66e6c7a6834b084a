package org.migrationtracker.browser;

import org.migrationtracker.TestUsers;
import org.migrationtracker.security.session.FormSignIn;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.migrationtracker.IntegrationTest;
import org.migrationtracker.mailbox.MailboxTestData;
import org.migrationtracker.security.Role;
import org.migrationtracker.security.TrackerUserService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.UUID;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Sign-in as a person does it, and where a signed-in person may not go: a real Chromium against the application on
 * a random port, security filters included.
 */
@IntegrationTest
class LoginBrowserTest {

    private static final Browser browser = Browser.shared();

    @LocalServerPort int port;
    @Autowired TrackerUserService users;
    @Autowired JdbcTemplate jdbc;
    private BrowserContext context;
    private Page page;

    @BeforeEach
    void openPage() {
        context = browser.newContext();
        page = context.newPage();
        page.setDefaultTimeout(30_000);
    }

    @AfterEach
    void closePage() {
        context.close();
    }

    @Test
    void admin_signs_in_sees_the_main_layout_and_signs_out() {
        page.navigate("http://localhost:" + port + "/");
        assertThat(page).hasURL(Pattern.compile(".*/login$"));

        signIn("admin", IntegrationTest.ADMIN_PASSWORD);

        assertThat(page).hasURL(Pattern.compile(".*/dashboard(\\?continue)?$"));
        var navigation = page.locator("vaadin-side-nav");
        assertThat(navigation.getByText("Dashboard")).isVisible();
        assertThat(navigation.getByText("User lookup")).isVisible();
        assertThat(navigation.getByText("Tracker users")).isVisible();
        assertThat(page.locator("#dashboard-view")).isVisible();
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/dashboard-admin.png")));

        page.locator("vaadin-menu-bar.user-menu .user-label").click();
        page.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName("Sign out")).click();

        assertThat(page).hasURL(Pattern.compile(".*/login$"));
        page.navigate("http://localhost:" + port + "/dashboard");
        assertThat(page).hasURL(Pattern.compile(".*/login$"));
    }

    @Test
    void a_wrong_password_shows_an_error_and_does_not_sign_in() {
        page.navigate("http://localhost:" + port + "/login");
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/login.png")));

        signIn("admin", "not-the-password");

        assertThat(page).hasURL(Pattern.compile(".*/login\\?error$"));
        assertThat(page.getByText("Incorrect username or password")).isVisible();
        page.navigate("http://localhost:" + port + "/dashboard");
        assertThat(page).hasURL(Pattern.compile(".*/login$"));
        assertThat(page.locator("vaadin-side-nav")).hasCount(0);
    }

    @Test
    void a_french_browser_gets_the_tracker_in_french() {
        BrowserContext french = browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions().setLocale("fr-FR"));
        try {
            Page page = french.newPage();
            page.navigate("http://localhost:" + port + "/login");
            assertThat(page.locator("vaadin-login-form")).containsText("Connexion");
            page.locator("vaadin-login-form input[name='username']").fill("admin");
            page.locator("vaadin-login-form input[name='password']").fill(IntegrationTest.ADMIN_PASSWORD);
            page.locator("vaadin-login-form vaadin-button").first().click();
            assertThat(page.locator("vaadin-side-nav").getByText("Tableau de bord")).isVisible();
        } finally {
            french.close();
        }
    }

    @Test
    void a_user_whose_password_an_admin_set_sees_only_my_account_until_they_chose_their_own_then_goes_on() {
        String name = "nw" + UUID.randomUUID().toString().substring(0, 8);
        MailboxTestData.asAdmin(() -> users.create(name, "Newcomer " + name, EnumSet.of(Role.HELPDESK), "Handed-over-2026"));
        var elsewhere = new FormSignIn(port);
        elsewhere.signIn(name, "Handed-over-2026");
        org.assertj.core.api.Assertions.assertThat(elsewhere.isSignedIn()).isTrue();
        page.navigate("http://localhost:" + port + "/login");
        signIn(name, "Handed-over-2026");

        assertThat(page).hasURL(Pattern.compile(".*/account$"));
        assertThat(page.locator("#password-change-required")).containsText("An admin set your password");
        page.navigate("http://localhost:" + port + "/lookup");
        assertThat(page).hasURL(Pattern.compile(".*/account$"));

        page.locator("#current-password input").fill("Handed-over-2026");
        page.locator("#new-password input").fill("Only-I-know-this-1");
        page.locator("#repeat-password input").fill("Only-I-know-this-1");
        page.locator("#change-password").click();

        assertThat(page).hasURL(Pattern.compile(".*/lookup$"));
        page.navigate("http://localhost:" + port + "/plan");
        assertThat(page).hasURL(Pattern.compile(".*/plan$"));
        assertThat(page.locator("#password-change-required")).hasCount(0);
        org.assertj.core.api.Assertions.assertThat(elsewhere.isSignedIn()).as("the session on another computer ended").isFalse();
    }

    @Test
    void a_helpdesk_user_is_refused_the_mailboxes_and_told_an_unknown_page_does_not_exist_inside_the_tracker() {
        String name = "hd" + UUID.randomUUID().toString().substring(0, 8);
        MailboxTestData.asAdmin(() -> users.create(name, "Helpdesk " + name, EnumSet.of(Role.HELPDESK), "a-long-password"));
        TestUsers.choseOwnPassword(jdbc, name);
        page.navigate("http://localhost:" + port + "/login");
        signIn(name, "a-long-password");
        assertThat(page).hasURL(Pattern.compile(".*/lookup(\\?continue)?$"));

        page.navigate("http://localhost:" + port + "/mailboxes");
        assertThat(page.getByText("You don't have access to this page").first()).isVisible();
        assertThat(page.locator("vaadin-side-nav").getByText("User lookup")).isVisible();
        assertThat(page.getByText("Could not navigate")).hasCount(0);

        // an address that is no route gets past the security filters to the tracker's page, not a bare 403
        page.navigate("http://localhost:" + port + "/no-such-page");
        assertThat(page.getByText("This page does not exist").first()).isVisible();
        assertThat(page.locator("vaadin-side-nav").getByText("User lookup")).isVisible();

        page.locator("#error-home").click();
        assertThat(page).hasURL(Pattern.compile(".*/lookup$"));
    }

    @Test
    void an_anonymous_visitor_of_an_unknown_page_is_sent_to_sign_in() {
        page.navigate("http://localhost:" + port + "/no-such-page");

        assertThat(page).hasURL(Pattern.compile(".*/login$"));
    }

    private void signIn(String username, String password) {
        page.locator("vaadin-login-form input[name='username']").fill(username);
        page.locator("vaadin-login-form input[name='password']").fill(password);
        page.locator("vaadin-login-form vaadin-button[slot='submit'], vaadin-login-form vaadin-button").first().click();
    }
}
