package org.migrationtracker.browser;

import org.migrationtracker.TestUsers;
import com.deque.html.axecore.playwright.AxeBuilder;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
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
import org.migrationtracker.security.TrackerUserService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every screen scanned by axe-core (Deque's engine, WCAG 2.1 A and AA rules) in Chromium, with data on it, as admin,
 * helpdesk and lead, and the mailbox and batch dialogs open: no serious or critical violation anywhere (the
 * access-denied page is among them: the helpdesk opening the mailboxes, the lead opening user management).
 */
@IntegrationTest
class AccessibilityBrowserTest {

    private static final Browser browser = Browser.shared();
    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final Set<String> BLOCKING = Set.of("serious", "critical");

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;
    @Autowired InventoryImportService imports;
    @Autowired MailboxEdits mailboxes;
    @Autowired BatchService batches;
    @Autowired TrackerUserService users;

    private static final String PASSWORD = "A-long-secret-for-checks";

    @Test
    void every_screen_has_no_serious_or_critical_wcag_21_aa_violation() {
        MailboxTestData.asAdmin(() -> MailboxTestData.readyInventory(jdbc, imports, mailboxes, 30));
        MailboxTestData.asAdmin(() -> {
            batches.create(new BatchDraft("Pilot", StartMode.AUTOMATIC, LocalDate.now().minusDays(1), "", "", LocalDate.now().plusDays(2)),
                    BulkTarget.addresses(List.of("user1@contoso.com", "user2@contoso.com")), false);
        });
        var problems = new ArrayList<String>();
        BrowserContext context = browser.newContext();
        try {
            var login = context.newPage();
            login.navigate("http://localhost:" + port + "/login");
            login.locator("vaadin-login-form").waitFor();
            problems.addAll(scan(login, "login"));
            login.close();

            Page page = Browser.signedInAsAdmin(context, port);
            for (var route : List.of("dashboard", "mailboxes", "batches", "plan", "lookup", "lookup/user1@contoso.com", "project",
                    "admin/users", "admin/security-log", "no-such-page")) {
                page.navigate("http://localhost:" + port + "/" + route);
                page.waitForLoadState(LoadState.NETWORKIDLE);
                page.waitForTimeout(500);
                problems.addAll(scan(page, route));
            }
            // the dialogs admins work in
            page.navigate("http://localhost:" + port + "/mailboxes");
            page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions()
                    .setHasText(java.util.regex.Pattern.compile("^\\s*user1@contoso\\.com\\s*$")).setVisible(true)).first().click();
            page.waitForSelector("vaadin-dialog[opened]", new Page.WaitForSelectorOptions().setState(WaitForSelectorState.ATTACHED));
            page.waitForTimeout(300);
            problems.addAll(scan(page, "mailbox dialog"));
            page.navigate("http://localhost:" + port + "/batches");
            page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText("Pilot").setVisible(true)).first().click();
            page.waitForSelector("vaadin-dialog[opened]", new Page.WaitForSelectorOptions().setState(WaitForSelectorState.ATTACHED));
            page.waitForTimeout(300);
            problems.addAll(scan(page, "batch dialog"));
        } finally {
            context.close();
        }
        for (var role : List.of(Role.HELPDESK, Role.LEAD)) {
            String name = "a11y-" + role.name().toLowerCase(java.util.Locale.ROOT);
            MailboxTestData.asAdmin(() -> {
                if (jdbc.queryForObject("select count(*) from tracker_user where username = ?", Integer.class, name) == 0) {
                    users.create(name, "A11y " + role.name(), java.util.EnumSet.of(role), PASSWORD);
                    TestUsers.choseOwnPassword(jdbc, name);
                }
            });
            var roleContext = browser.newContext();
            try {
                Page page = Browser.signedIn(roleContext, port, name, PASSWORD, role == Role.HELPDESK ? "lookup" : "dashboard");
                var routes = role == Role.HELPDESK ? List.of("lookup", "lookup/user1@contoso.com", "plan", "mailboxes")
                        : List.of("dashboard", "batches", "plan", "admin/users");
                for (var route : routes) {
                    page.navigate("http://localhost:" + port + "/" + route);
                    page.waitForLoadState(LoadState.NETWORKIDLE);
                    page.waitForTimeout(500);
                    problems.addAll(scan(page, role + " " + route));
                }
            } finally {
                roleContext.close();
            }
        }
        assertThat(problems).as("serious or critical axe-core violations").isEmpty();
    }

    @Test
    void the_scan_reports_a_critical_violation_when_a_screen_has_one() {
        BrowserContext context = browser.newContext();
        try {
            var login = context.newPage();
            login.navigate("http://localhost:" + port + "/login");
            login.locator("vaadin-login-form").waitFor();
            login.evaluate("() => document.body.appendChild(Object.assign(document.createElement('img'), {src: 'x.png'}))");

            assertThat(scan(login, "login")).anySatisfy(problem -> assertThat(problem).startsWith("login: image-alt (critical)"));
        } finally {
            context.close();
        }
    }

    private static List<String> scan(Page page, String screen) {
        var results = new AxeBuilder(page).withTags(WCAG_21_AA).analyze();
        assertThat(results.getPasses()).as("%s: axe-core ran its rules", screen).isNotEmpty();
        return results.getViolations().stream().filter(rule -> BLOCKING.contains(rule.getImpact()))
                .map(rule -> screen + ": " + rule.getId() + " (" + rule.getImpact() + ") " + rule.getHelp() + " at "
                        + rule.getNodes().stream().limit(3).map(node -> String.valueOf(node.getTarget())).collect(Collectors.joining(", ")))
                .toList();
    }
}
