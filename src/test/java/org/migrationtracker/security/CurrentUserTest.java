package org.migrationtracker.security;

import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;
import org.migrationtracker.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class CurrentUserTest {

    @Autowired CurrentUser currentUser;
    @Autowired UserPreferences preferences;

    @Test
    @WithMockUser(username = "lena", roles = {"LEAD", "HELPDESK"})
    void the_signed_in_user_is_named_with_their_tracker_roles() {
        assertThat(currentUser.isSignedIn()).isTrue();
        assertThat(currentUser.name()).isEqualTo("lena");
        assertThat(currentUser.signedInName()).hasValue("lena");
        assertThat(currentUser.actor()).isEqualTo("lena");
        assertThat(currentUser.roles()).containsExactlyInAnyOrder(Role.LEAD, Role.HELPDESK);
        assertThat(currentUser.hasRole(Role.LEAD)).isTrue();
        assertThat(currentUser.hasRole(Role.ADMIN)).isFalse();
        assertThat(currentUser.hasAnyRole(Role.ADMIN, Role.HELPDESK)).isTrue();
        assertThat(currentUser.hasAnyRole(Role.ADMIN)).isFalse();
    }

    @Test
    @WithMockUser(username = "someone", authorities = {"ROLE_AUDITOR", "SCOPE_read"})
    void authorities_that_are_no_tracker_role_are_no_role() {
        assertThat(currentUser.roles()).isEmpty();
        assertThat(currentUser.hasAnyRole(Role.values())).isFalse();
    }

    @Test
    void without_anyone_signed_in_changes_are_recorded_as_the_system_and_a_name_is_refused() {
        SecurityContextHolder.clearContext();

        assertThat(currentUser.isSignedIn()).isFalse();
        assertThat(currentUser.signedInName()).isEmpty();
        assertThat(currentUser.actor()).isEqualTo(CurrentUser.SYSTEM).isEqualTo("system");
        assertThat(currentUser.roles()).isEmpty();
        assertThatThrownBy(currentUser::name).isInstanceOf(IllegalStateException.class);
        assertThat(currentUser.locale()).isEqualTo(Locale.ENGLISH);
    }

    @Test
    @WithAnonymousUser
    void an_anonymous_visitor_is_nobody() {
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isInstanceOf(AnonymousAuthenticationToken.class);
        assertThat(currentUser.isSignedIn()).isFalse();
        assertThat(currentUser.actor()).isEqualTo("system");
        assertThat(currentUser.locale()).isEqualTo(Locale.ENGLISH);
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void away_from_a_screen_the_locale_is_the_chosen_language_else_english() {
        assertThat(currentUser.locale()).isEqualTo(Locale.ENGLISH);
        try {
            preferences.chooseLanguage(Locale.of("fr"));
            assertThat(currentUser.locale()).isEqualTo(Locale.of("fr"));
        } finally {
            preferences.chooseLanguage(null);
        }
        assertThat(currentUser.locale()).isEqualTo(Locale.ENGLISH);
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void on_a_screen_the_locale_is_the_screens() {
        var ui = new UI();
        ui.setLocale(Locale.of("nl"));
        UI.setCurrent(ui);
        try {
            assertThat(currentUser.locale()).isEqualTo(Locale.of("nl"));
        } finally {
            UI.setCurrent(null);
        }
    }
}
