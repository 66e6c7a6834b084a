package org.migrationtracker.access;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import org.junit.jupiter.api.Test;
import org.migrationtracker.IntegrationTest;
import org.migrationtracker.access.AccessMatrix.Principal;
import org.migrationtracker.base.ui.AccessDeniedView;
import org.migrationtracker.security.ui.LoginView;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;

import java.util.ArrayList;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Every screen of the README's "Who may do what" opens, refuses or asks to sign in as its table says, for each role. */
@IntegrationTest
class ScreenAccessMatrixTest extends SpringBrowserlessTest {

    private static final AccessMatrix SCREENS = AccessMatrix.screens();

    @Test
    @WithAnonymousUser
    void a_visitor_who_is_not_signed_in_gets_what_the_table_says_on_every_screen() {
        assertEveryScreenAsTheTableSays(Principal.ANONYMOUS);
    }

    @Test
    @WithMockUser(username = "ada", roles = "ADMIN")
    void an_admin_gets_what_the_table_says_on_every_screen() {
        assertEveryScreenAsTheTableSays(Principal.ADMIN);
    }

    @Test
    @WithMockUser(username = "harry", roles = "HELPDESK")
    void the_helpdesk_gets_what_the_table_says_on_every_screen() {
        assertEveryScreenAsTheTableSays(Principal.HELPDESK);
    }

    @Test
    @WithMockUser(username = "lena", roles = "LEAD")
    void the_project_lead_gets_what_the_table_says_on_every_screen() {
        assertEveryScreenAsTheTableSays(Principal.LEAD);
    }

    @Test
    @WithMockUser(username = "ada", roles = "ADMIN")
    void every_route_of_the_application_has_a_row_in_the_table() {
        var routes = RouteConfiguration.forApplicationScope();
        var covered = SCREENS.rows().stream().map(row -> routes.getRoute(path(row.key()))).flatMap(Optional::stream).toList();
        var missing = routes.getAvailableRoutes().stream().map(RouteData::getNavigationTarget)
                .filter(target -> !covered.contains(target)).map(Class::getSimpleName).toList();

        assertThat(routes.getAvailableRoutes()).as("routes found").hasSizeGreaterThan(8);
        assertThat(missing).as("routes the README's screen table does not list").isEmpty();
    }

    private void assertEveryScreenAsTheTableSays(Principal principal) {
        var wrong = new ArrayList<String>();
        for (var row : SCREENS.rows()) {
            String got = outcomeOf(path(row.key()));
            if (!got.equals(row.outcome(principal))) {
                wrong.add(row.key() + ": the table says '" + row.outcome(principal) + "', got '" + got + "'");
            }
        }
        assertThat(SCREENS.rows()).as("rows in the README's screen table").hasSizeGreaterThan(8);
        assertThat(wrong).as("screens for " + principal).isEmpty();
    }

    private String outcomeOf(String path) {
        try {
            navigate(path, Component.class);
        } catch (IllegalArgumentException endedOnAnErrorView) {
            // the outcome is read from the view shown
        }
        var shown = getCurrentView();
        if (shown instanceof LoginView && !path.equals("login")) {
            return "sign in";
        }
        if (shown instanceof AccessDeniedView) {
            return "refused";
        }
        var routes = RouteConfiguration.forApplicationScope();
        if (routes.getRoute(path).filter(target -> target.isInstance(shown)).isPresent()) {
            return "opens";
        }
        return "→ " + routes.getUrl(shown.getClass().asSubclass(Component.class));
    }

    private static String path(String address) {
        return address.startsWith("/") ? address.substring(1) : address;
    }

}
