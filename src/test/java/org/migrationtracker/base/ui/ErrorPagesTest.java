package org.migrationtracker.base.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;
import org.migrationtracker.IntegrationTest;
import org.migrationtracker.security.ui.LoginView;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** A refused or unknown page is a page of the tracker: inside the main layout, in the user's language, with a way home. */
@IntegrationTest
class ErrorPagesTest extends SpringBrowserlessTest {

    @Test
    @WithMockUser(username = "harry", roles = "HELPDESK")
    void a_helpdesk_user_opening_the_mailboxes_gets_the_access_denied_page_in_the_main_layout_with_a_link_to_the_lookup() {
        var page = navigate("mailboxes", AccessDeniedView.class);

        assertThat(page.getParent()).containsInstanceOf(MainLayout.class);
        assertThat(page.getElement().getTextRecursively()).contains("You don't have access to this page");
        assertThat(page.homeLink()).isNotNull();
        assertThat(page.homeLink().getHref()).isEqualTo("lookup");
        assertThat(page.homeLink().getText()).isEqualTo("Go to User lookup");
        assertThat(page.getPageTitle()).isEqualTo("You don't have access to this page");
    }

    @Test
    @WithMockUser(username = "lena", roles = "LEAD")
    void a_lead_refused_user_management_is_pointed_to_the_dashboard() {
        var page = navigate("admin/users", AccessDeniedView.class);

        assertThat(page.homeLink().getHref()).isEqualTo("dashboard");
        assertThat(page.homeLink().getText()).isEqualTo("Go to Dashboard");
    }

    @Test
    @WithMockUser(username = "harry", roles = "HELPDESK")
    void an_unknown_address_gets_the_not_found_page_in_the_main_layout_with_a_link_home() {
        var page = navigate("no-such-page", NotFoundView.class);

        assertThat(page.getParent()).containsInstanceOf(MainLayout.class);
        assertThat(page.getElement().getTextRecursively()).contains("This page does not exist")
                .doesNotContain("Could not navigate", "mailboxes");
        assertThat(page.homeLink().getHref()).isEqualTo("lookup");
    }

    @Test
    @WithMockUser(username = "harry", roles = "HELPDESK")
    void in_danish_both_pages_are_danish() {
        UI.getCurrent().setLocale(Locale.of("da"));

        var denied = navigate("mailboxes", AccessDeniedView.class);
        assertThat(denied.getElement().getTextRecursively()).contains("Du har ikke adgang til denne side")
                .doesNotContain("access");
        assertThat(denied.homeLink().getText()).isEqualTo("Gå til Brugeropslag");

        var missing = navigate("no-such-page", NotFoundView.class);
        assertThat(missing.getElement().getTextRecursively()).contains("Denne side findes ikke").doesNotContain("exist");
    }

    @Test
    @WithMockUser(username = "nobody", roles = "USER")
    void an_account_without_a_tracker_role_is_told_so_and_offered_no_home() {
        var page = navigate("", AccessDeniedView.class);

        assertThat(page.getElement().getTextRecursively()).contains("Your account has no role in the tracker");
        assertThat(page.homeLink()).isNull();
    }

    @Test
    @WithAnonymousUser
    void an_anonymous_visitor_is_sent_to_sign_in_not_to_an_error_page() {
        for (String route : List.of("mailboxes", "no-such-page")) {
            navigate(route, LoginView.class);

            assertThat(getCurrentView()).as("/" + route).isInstanceOf(LoginView.class);
        }
    }
}
