package org.migrationtracker.browser;

import org.migrationtracker.TestUsers;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import com.microsoft.playwright.options.WaitForSelectorState;
import org.junit.jupiter.api.Test;
import org.migrationtracker.IntegrationTest;
import org.migrationtracker.batch.BatchDraft;
import org.migrationtracker.batch.BatchService;
import org.migrationtracker.batch.StartMode;
import org.migrationtracker.mailbox.BulkTarget;
import org.migrationtracker.mailbox.InventoryImportService;
import org.migrationtracker.mailbox.MailboxEdits;
import org.migrationtracker.mailbox.MailboxTestData;
import org.migrationtracker.security.Role;
import org.migrationtracker.security.TrackerUser;
import org.migrationtracker.security.TrackerUserService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What only a browser shows about the security headers and sessions: Chromium enforces the content security policy
 * on every screen of every role without a violation, and a signed-in tab goes to the sign-in page by itself when its
 * user is disabled.
 */
@IntegrationTest
class SecurityHeadersBrowserTest {

    private static final Browser browser = Browser.shared();
    private static final String PASSWORD = "A-long-secret-for-headers";
    /** Records every violation the page reports, from before its first script runs. */
    private static final String LISTEN = """
            window.__csp = [];
            document.addEventListener('securitypolicyviolation', e =>
                window.__csp.push(e.effectiveDirective + ' blocked ' + e.blockedURI + ' at ' + e.sourceFile + ':' + e.lineNumber));
            """;

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;
    @Autowired InventoryImportService imports;
    @Autowired MailboxEdits mailboxes;
    @Autowired BatchService batches;
    @Autowired TrackerUserService users;

    /**
     * A page signed in through the form that records violations, from the events and from the console (where
     * Chromium also reports them), from the sign-in page on.
     */
    private Page watched(BrowserContext context, List<String> violations, String username, String password, String home) {
        context.addInitScript(LISTEN);
        context.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy")) {
                violations.add("console: " + message.text());
            }
        });
        return Browser.signedIn(context, port, username, password, home);
    }

    private void open(Page page, String route, List<String> violations, String who) {
        page.navigate("http://localhost:" + port + "/" + route);
        page.waitForLoadState(LoadState.NETWORKIDLE);
        page.waitForTimeout(500);
        collect(page, violations, who + " " + route);
    }

    @SuppressWarnings("unchecked")
    private static void collect(Page page, List<String> violations, String screen) {
        var seen = (List<Object>) page.evaluate("() => window.__csp || []");
        seen.forEach(violation -> violations.add(screen + ": " + violation));
    }

    @Test
    void every_screen_of_every_role_runs_under_the_content_security_policy_without_a_violation() {
        MailboxTestData.asAdmin(() -> MailboxTestData.readyInventory(jdbc, imports, mailboxes, 30));
        MailboxTestData.asAdmin(() -> batches.create(new BatchDraft("Pilot", StartMode.AUTOMATIC,
                        LocalDate.now().minusDays(1), "", "", LocalDate.now().plusDays(2)),
                BulkTarget.addresses(List.of("user1@contoso.com", "user2@contoso.com")), false));
        var violations = new CopyOnWriteArrayList<String>();
        var anonymous = browser.newContext();
        try {
            anonymous.addInitScript(LISTEN);
            var login = anonymous.newPage();
            open(login, "login", violations, "anonymous");
            assertThat(login.locator("vaadin-login-form").isVisible()).isTrue();
        } finally {
            anonymous.close();
        }
        var context = browser.newContext();
        try {
            var page = watched(context, violations, "admin", IntegrationTest.ADMIN_PASSWORD, "dashboard");
            for (var route : List.of("dashboard", "mailboxes", "batches", "plan", "lookup", "lookup/user1@contoso.com",
                    "project", "admin/users", "admin/sessions", "admin/security-log", "account", "account/tokens",
                    "no-such-page")) {
                open(page, route, violations, "ADMIN");
            }
            // the dialogs admins work in, and the chart of the dashboard drawn again
            page.navigate("http://localhost:" + port + "/mailboxes");
            page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions()
                    .setHasText(Pattern.compile("^\\s*user1@contoso\\.com\\s*$")).setVisible(true)).first().click();
            page.waitForSelector("vaadin-dialog[opened]", new Page.WaitForSelectorOptions().setState(WaitForSelectorState.ATTACHED));
            page.waitForTimeout(300);
            collect(page, violations, "ADMIN mailbox dialog");
            page.navigate("http://localhost:" + port + "/batches");
            page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText("Pilot").setVisible(true)).first().click();
            page.waitForSelector("vaadin-dialog[opened]", new Page.WaitForSelectorOptions().setState(WaitForSelectorState.ATTACHED));
            page.waitForTimeout(300);
            collect(page, violations, "ADMIN batch dialog");
        } finally {
            context.close();
        }
        for (var role : List.of(Role.HELPDESK, Role.LEAD)) {
            String name = "csp-" + role.name().toLowerCase(Locale.ROOT);
            MailboxTestData.asAdmin(() -> {
                if (jdbc.queryForObject("select count(*) from tracker_user where username = ?", Integer.class, name) == 0) {
                    users.create(name, "CSP " + role.name(), EnumSet.of(role), PASSWORD);
                    TestUsers.choseOwnPassword(jdbc, name);
                }
            });
            var roleContext = browser.newContext();
            try {
                var page = watched(roleContext, violations, name, PASSWORD, role == Role.HELPDESK ? "lookup" : "dashboard");
                var routes = role == Role.HELPDESK ? List.of("lookup", "lookup/user1@contoso.com", "plan", "mailboxes")
                        : List.of("dashboard", "batches", "plan", "admin/users");
                for (var route : routes) {
                    open(page, route, violations, role.name());
                }
            } finally {
                roleContext.close();
            }
        }
        assertThat(violations).as("content security policy violations").isEmpty();
    }

    @Test
    void the_watch_reports_a_violation_when_a_screen_causes_one() {
        var violations = new CopyOnWriteArrayList<String>();
        var context = browser.newContext();
        try {
            var page = watched(context, violations, "admin", IntegrationTest.ADMIN_PASSWORD, "dashboard");
            page.locator("#dashboard-view").waitFor();
            // an image from another site, which img-src does not allow
            page.evaluate("() => document.body.appendChild(Object.assign(document.createElement('img'), {src: 'https://example.com/x.png'}))");
            page.waitForTimeout(500);
            collect(page, violations, "dashboard");

            assertThat(violations).anySatisfy(violation -> assertThat(violation).contains("img-src", "example.com"));
        } finally {
            context.close();
        }
    }

    @Test
    void a_signed_in_tab_goes_to_the_sign_in_page_by_itself_when_its_user_is_disabled_and_a_sign_out_is_recorded() {
        String name = "tab" + UUID.randomUUID().toString().substring(0, 8);
        TrackerUser[] user = new TrackerUser[1];
        MailboxTestData.asAdmin(() -> user[0] = users.create(name, "Tab " + name, EnumSet.of(Role.LEAD), PASSWORD));
        TestUsers.choseOwnPassword(jdbc, name);
        var context = browser.newContext();
        var other = browser.newContext();
        try {
            var page = Browser.signedIn(context, port, name, PASSWORD, "dashboard");
            page.locator("#dashboard-view").waitFor();
            // the same user signs out in another browser: only that session ends, as a sign-out
            var second = Browser.signedIn(other, port, name, PASSWORD, "dashboard");
            second.locator("vaadin-menu-bar.user-menu .user-label").click();
            second.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName("Sign out")).click();
            second.waitForURL(Pattern.compile(".*/login$"));
            assertThat(page.url()).contains("/dashboard");

            MailboxTestData.asAdmin(() -> users.update(user[0].getId(), user[0].getVersion(), user[0].getDisplayName(),
                    user[0].getRoles(), false));

            page.waitForURL(Pattern.compile(".*/login$"), new Page.WaitForURLOptions().setTimeout(10_000));
            page.locator("vaadin-login-form").waitFor();
            assertThat(jdbc.queryForList("select end_reason from tracker_session where username = ? order by signed_in_at",
                    String.class, name)).containsExactly("USER_DISABLED", "SIGNED_OUT");
        } finally {
            context.close();
            other.close();
        }
    }
}
