package org.migrationtracker.security.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.notification.Notification;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.migrationtracker.IntegrationTest;
import org.migrationtracker.dashboard.ui.DashboardView;
import org.migrationtracker.security.PasswordChange;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithMockUser;

import static org.assertj.core.api.Assertions.assertThat;

/** A user whose password an admin set sees only their account until they chose their own, then goes on. */
@IntegrationTest
@WithMockUser(username = AccountViewTest.USER, authorities = {"ROLE_LEAD", "PASSWORD_CHANGE_REQUIRED"})
class AccountViewTest extends SpringBrowserlessTest {

    static final String USER = "account-view-lead";
    private static final String HANDED_OVER = "Handed-over-2026";

    @Autowired JdbcTemplate jdbc;
    @Autowired PasswordEncoder passwordEncoder;

    @BeforeEach
    void a_lead_whose_password_an_admin_set() {
        jdbc.update("""
                insert into tracker_user (username, display_name, password_hash, enabled, password_change_required, created_at, updated_at, version)
                values (?, 'Lena Account', ?, true, true, now(), now(), 0)
                on conflict ((lower(username))) do update set password_hash = excluded.password_hash, password_change_required = true""",
                USER, passwordEncoder.encode(HANDED_OVER));
        jdbc.update("""
                insert into tracker_user_role (user_id, role) select id, 'LEAD' from tracker_user u where username = ?
                and not exists (select 1 from tracker_user_role r where r.user_id = u.id)""", USER);
    }

    @Test
    void any_screen_sends_the_user_to_their_account_and_says_why() {
        var view = navigate("plan", AccountView.class);

        assertThat(view.required.isVisible()).isTrue();
        assertThat(view.required.getText()).startsWith("An admin set your password. Choose your own");
    }

    @Test
    void a_wrong_current_password_is_shown_at_its_field_and_changes_nothing() {
        var view = navigate(AccountView.class);

        fill(view, "Not-what-I-got-1", "Only-I-know-this-1", "Only-I-know-this-1");

        assertThat(view.current.isInvalid()).isTrue();
        assertThat(view.current.getErrorMessage()).isEqualTo("This is not your current password");
        assertThat(stillRequired()).isTrue();
    }

    @Test
    void every_unfit_field_is_shown_at_once_and_nothing_changes() {
        var view = navigate(AccountView.class);

        fill(view, "", "Only-I-know-this-1", "Only-I-know-this-2");

        assertThat(view.current.getErrorMessage()).isEqualTo("Enter your current password");
        assertThat(view.repeated.getErrorMessage()).isEqualTo("The two new passwords differ");
        assertThat(view.chosen.isInvalid()).isFalse();
        assertThat(stillRequired()).isTrue();
    }

    @Test
    void a_new_password_the_rules_refuse_is_explained_at_the_new_field() {
        var view = navigate(AccountView.class);

        fill(view, HANDED_OVER, "qwertyuiop123", "qwertyuiop123");

        assertThat(view.chosen.getErrorMessage()).isEqualTo("This password is among the most common ones, which are tried first: choose another");
        assertThat(stillRequired()).isTrue();
    }

    @Test
    void the_own_password_chosen_the_user_goes_on_to_the_screens() {
        var view = navigate(AccountView.class);

        fill(view, HANDED_OVER, "Only-I-know-this-1", "Only-I-know-this-1");

        assertThat(stillRequired()).isFalse();
        String hash = jdbc.queryForObject("select password_hash from tracker_user where username = ?", String.class, USER);
        assertThat(passwordEncoder.matches("Only-I-know-this-1", hash)).isTrue();
        assertThat(test(find(Notification.class).last()).getText()).startsWith("Password changed.");
        assertThat(PasswordChange.isRequired(SecurityContextHolder.getContext().getAuthentication())).isFalse();
        assertThat(getCurrentView()).as("the lead's start screen").isInstanceOf(DashboardView.class);
        assertThat(navigate("plan", org.migrationtracker.plan.ui.PlanView.class)).as("no longer sent to the account").isNotNull();
    }

    private void fill(AccountView view, String current, String chosen, String repeated) {
        // an empty field is left as it is: the tester refuses to set a value a user cannot type
        if (!current.isEmpty()) {
            test(view.current).setValue(current);
        }
        test(view.chosen).setValue(chosen);
        test(view.repeated).setValue(repeated);
        test(view.change).click();
    }

    private boolean stillRequired() {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "select password_change_required from tracker_user where username = ?", Boolean.class, USER));
    }
}
