package org.migrationtracker.base;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.sidenav.SideNavItem;
import org.junit.jupiter.api.Test;
import org.migrationtracker.IntegrationTest;
import org.migrationtracker.base.ui.AccessDeniedView;
import org.migrationtracker.dashboard.ui.DashboardView;
import org.migrationtracker.lookup.ui.LookupView;
import org.migrationtracker.security.ui.LoginView;
import org.migrationtracker.security.ui.UserAdminView;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Each role lands on its home, sees only what it may open, and is refused the rest. */
@IntegrationTest
class RoleNavigationTest extends SpringBrowserlessTest {

    @Test
    @WithMockUser(username = "lena", roles = "LEAD")
    void lead_lands_on_the_dashboard_and_sees_dashboard_and_lookup_in_the_navigation() {
        navigate("", DashboardView.class);

        assertThat(getCurrentView()).isInstanceOf(DashboardView.class);
        assertThat(navigationLabels()).containsExactly("Dashboard", "User lookup", "Mailboxes", "Batches", "Project plan", "Notices", "Project settings", "API tokens");
    }

    @Test
    @WithMockUser(username = "harry", roles = "HELPDESK")
    void helpdesk_lands_on_the_lookup_and_sees_the_lookup_and_the_notices_in_the_navigation() {
        // the project plan admits the helpdesk (links to it) but is not in its menu
        navigate("", LookupView.class);

        assertThat(getCurrentView()).isInstanceOf(LookupView.class);
        assertThat(navigationLabels()).containsExactly("User lookup", "Notices", "Project settings", "API tokens");
    }

    @Test
    @WithMockUser(username = "ada", roles = "ADMIN")
    void admin_lands_on_the_dashboard_and_sees_every_view_in_the_navigation() {
        navigate("", DashboardView.class);

        assertThat(getCurrentView()).isInstanceOf(DashboardView.class);
        assertThat(navigationLabels()).containsExactly("Dashboard", "User lookup", "Mailboxes", "Batches", "Project plan", "Notices", "Project settings", "Tracker users", "Signed-in sessions", "Security log", "API tokens");
    }

    @Test
    @WithMockUser(username = "harry", roles = "HELPDESK")
    void helpdesk_is_refused_the_dashboard_and_user_management() {
        assertRefused("dashboard");
        assertRefused("mailboxes");
        assertRefused("batches");
        assertRefused("admin/users");
        assertRefused("admin/sessions");
        assertRefused("admin/security-log");
    }

    @Test
    @WithMockUser(username = "lena", roles = "LEAD")
    void lead_is_refused_user_management() {
        assertRefused("admin/users");
        assertRefused("admin/sessions");
        assertRefused("admin/security-log");
    }

    @Test
    @WithMockUser(username = "ada", roles = "ADMIN")
    void admin_may_open_user_management() {
        var view = navigate(UserAdminView.class);

        assertThat(getCurrentView()).isSameAs(view);
        assertThat(test(find(Grid.class).single()).size()).as("users listed").isGreaterThanOrEqualTo(1);
    }

    @Test
    @WithAnonymousUser
    void an_anonymous_visitor_is_sent_to_the_login_view() {
        for (String route : List.of("", "dashboard", "lookup", "admin/users", "admin/sessions", "admin/security-log")) {
            try {
                navigate(route, LoginView.class);
            } catch (IllegalArgumentException wrongView) {
                throw new AssertionError("/" + route + " did not end on the login view: " + getCurrentView(), wrongView);
            }
            assertThat(getCurrentView()).as("/" + route).isInstanceOf(LoginView.class);
        }
    }

    private void assertRefused(String route) {
        try {
            navigate(route, Component.class);
        } catch (IllegalArgumentException expected) {
            // navigation ended on an error view: also fine
        }
        // the tracker's own page, inside the main layout, not Vaadin's bare "Could not navigate" or its route list
        assertThat(getCurrentView()).as("view shown for /" + route).isInstanceOf(AccessDeniedView.class);
    }

    private List<String> navigationLabels() {
        return find(SideNavItem.class).all().stream().map(SideNavItem::getLabel).toList();
    }
}
