package org.migrationtracker.browser;

import org.migrationtracker.TestUsers;
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
import org.migrationtracker.security.login.SignInAttempts;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.EnumSet;
import java.util.UUID;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** A locked user at the sign-in form, and an admin lifting the lock on the users screen, in Chromium. */
@IntegrationTest
class SignInLockBrowserTest {

    private static final Browser browser = Browser.shared();

    @LocalServerPort int port;
    @Autowired TrackerUserService users;
    @Autowired JdbcTemplate jdbc;
    private BrowserContext context;

    @BeforeEach
    void openContext() {
        context = browser.newContext();
    }

    @AfterEach
    void closeContext() {
        context.close();
    }

    @Test
    void a_locked_user_with_the_right_password_sees_the_wrong_password_message_and_stays_out() {
        String name = lockedUser();
        var page = context.newPage();
        page.navigate("http://localhost:" + port + "/login");

        page.locator("vaadin-login-form input[name='username']").fill(name);
        page.locator("vaadin-login-form input[name='password']").fill(SignInAttempts.PASSWORD);
        page.locator("vaadin-login-form vaadin-button").first().click();

        assertThat(page).hasURL(Pattern.compile(".*/login\\?error$"));
        assertThat(page.getByText("Incorrect username or password")).isVisible();
    }

    @Test
    void an_admin_unlocks_a_user_from_the_sign_in_lock_column_without_opening_the_user_dialog() {
        String name = lockedUser();
        Page page = Browser.signedInAsAdmin(context, port);
        page.navigate("http://localhost:" + port + "/admin/users");

        var unlock = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Unlock " + name));
        assertThat(unlock).isVisible();
        unlock.click();

        assertThat(page.getByText(name + " may sign in again")).isVisible();
        assertThat(page.getByText("Edit tracker user")).hasCount(0);
        assertThat(unlock).hasCount(0);
        org.assertj.core.api.Assertions.assertThat(new SignInAttempts(port).basic(name, SignInAttempts.PASSWORD).statusCode())
                .isEqualTo(200);
    }

    /** A new user, locked by five wrong passwords over Basic; named to sort first, so the grid shows it on top. */
    private String lockedUser() {
        String name = "0lock-" + UUID.randomUUID().toString().substring(0, 8);
        MailboxTestData.asAdmin(() -> users.create(name, "Locked Out", EnumSet.of(Role.HELPDESK), SignInAttempts.PASSWORD));
        TestUsers.choseOwnPassword(jdbc, name);
        new SignInAttempts(port).wrongPasswords(name, 5);
        return name;
    }
}
