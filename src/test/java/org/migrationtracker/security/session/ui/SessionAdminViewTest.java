package org.migrationtracker.security.session.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import org.junit.jupiter.api.Test;
import org.migrationtracker.IntegrationTest;
import org.migrationtracker.UiEventually;
import org.migrationtracker.security.Role;
import org.migrationtracker.security.TrackerUserService;
import org.migrationtracker.security.session.FormSignIn;
import org.migrationtracker.security.session.SignedInSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Admins see who is signed in through the real form and end a session, which then no longer opens a page. */
@IntegrationTest
@WithMockUser(username = "ada", roles = "ADMIN")
class SessionAdminViewTest extends SpringBrowserlessTest {

    @LocalServerPort int port;
    @Autowired TrackerUserService users;
    @Autowired JdbcTemplate jdbc;

    private String signedInHelpdesk(FormSignIn browser) {
        String username = "h" + UUID.randomUUID().toString().substring(0, 8);
        users.create(username, "Helpdesk " + username, EnumSet.of(Role.HELPDESK), "a-long-password");
        browser.with("X-Forwarded-For", "198.51.100.23").signIn(username, "a-long-password");
        assertThat(browser.isSignedIn()).isTrue();
        return username;
    }

    @Test
    void the_view_lists_who_is_signed_in_with_roles_instance_and_address() {
        var username = signedInHelpdesk(new FormSignIn(port));

        var view = navigate(SessionAdminView.class);

        var row = rows(view).stream().filter(session -> session.username().equals(username)).findFirst().orElseThrow();
        assertThat(row.roles()).isEqualTo("HELPDESK");
        assertThat(row.clientAddress()).isEqualTo("198.51.100.23");
        assertThat(row.instance()).isNotBlank();
        assertThat(row.lastActivityAt()).isAfterOrEqualTo(row.signedInAt());
        assertThat(view.summary.getText()).contains("signed in", "30 minutes", "12 hours");
    }

    @Test
    void an_admin_ends_a_session_after_confirming_and_it_no_longer_opens_a_page() {
        var browser = new FormSignIn(port);
        var username = signedInHelpdesk(browser);
        var view = navigate(SessionAdminView.class);
        var session = rows(view).stream().filter(row -> row.username().equals(username)).findFirst().orElseThrow();

        // the row's "End session" button (grid cells are not part of the browserless component tree)
        view.confirmEnd(session);
        var confirm = find(ConfirmDialog.class).single();
        assertThat(confirm.getElement().getProperty("header")).isEqualTo("End the session of " + username + "?");
        test(confirm).cancel();
        assertThat(browser.isSignedIn()).as("cancelled").isTrue();

        view.confirmEnd(session);
        test(find(ConfirmDialog.class).single()).confirm();

        assertThat(browser.isSignedIn()).as("ended").isFalse();
        assertThat(UiEventually.eventually(() -> rows(view).stream().noneMatch(row -> row.id().equals(session.id()))))
                .as("gone from the list").isTrue();
        assertThat(jdbc.queryForObject("select end_reason from tracker_session where id = ?", String.class, session.id()))
                .isEqualTo("ENDED_BY_ADMIN");
    }

    private List<SignedInSession> rows(SessionAdminView view) {
        var grid = test(view.grid);
        return IntStream.range(0, grid.size()).mapToObj(grid::getRow).toList();
    }
}
