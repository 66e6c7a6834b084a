package org.migrationtracker.security.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.notification.Notification;
import org.junit.jupiter.api.Test;
import org.migrationtracker.IntegrationTest;
import org.migrationtracker.UiEventually;
import org.migrationtracker.security.DirectoryUsers;
import org.migrationtracker.security.Role;
import org.migrationtracker.security.TrackerUser;
import org.migrationtracker.security.TrackerUserService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;

import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
@WithMockUser(username = "ada", roles = "ADMIN")
class UserAdminViewTest extends SpringBrowserlessTest {

    @Autowired TrackerUserService users;
    @Autowired DirectoryUsers directoryUsers;

    @Test
    void an_admin_creates_a_helpdesk_user_through_the_dialog() {
        var view = navigate(UserAdminView.class);
        String username = unique();

        test(view.addUser).click();
        var dialog = find(UserDialog.class).single();
        test(dialog.username).setValue(username);
        test(dialog.displayName).setValue("Nina Helpdesk");
        dialog.roles.setValue(EnumSet.of(Role.HELPDESK));
        test(dialog.password).setValue("a-long-password");
        test(dialog.save).click();

        assertThat(usernamesInGrid(view)).contains(username);
        assertThat(test(find(Notification.class).last()).getText()).isEqualTo("Saved " + username);
        assertThat(users.findAll()).filteredOn(user -> user.getUsername().equals(username))
                .singleElement().satisfies(user -> assertThat(user.getRoles()).containsExactly(Role.HELPDESK));
    }

    @Test
    void a_weak_password_is_explained_in_the_dialog_and_nothing_is_saved() {
        var view = navigate(UserAdminView.class);
        String username = unique();

        test(view.addUser).click();
        var dialog = find(UserDialog.class).single();
        test(dialog.username).setValue(username);
        test(dialog.displayName).setValue("Weak Password");
        dialog.roles.setValue(EnumSet.of(Role.LEAD));
        test(dialog.password).setValue("short");
        test(dialog.save).click();

        assertThat(dialog.password.isInvalid()).as("said at the field").isTrue();
        assertThat(dialog.password.getErrorMessage()).isEqualTo("Password must have at least 12 characters");
        assertThat(dialog.problem.isVisible()).isFalse();
        assertThat(users.findAll()).extracting(TrackerUser::getUsername).doesNotContain(username);
    }

    @Test
    void an_empty_form_says_every_missing_value_at_its_field_at_once() {
        var view = navigate(UserAdminView.class);
        test(view.addUser).click();
        var dialog = find(UserDialog.class).single();

        test(dialog.save).click();

        assertThat(List.of(dialog.username, dialog.displayName, dialog.password)).allSatisfy(field -> assertThat(field.isInvalid()).isTrue());
        assertThat(dialog.roles.isInvalid()).isTrue();
        assertThat(dialog.roles.getErrorMessage()).isEqualTo("A user needs at least one role");
        assertThat(dialog.isOpened()).isTrue();
    }

    @Test
    void a_user_created_by_another_admin_appears_without_reload() throws Exception {
        var view = navigate(UserAdminView.class);
        String username = unique();
        var authentication = SecurityContextHolder.getContext().getAuthentication();

        CompletableFuture.runAsync(() -> {
            SecurityContextHolder.getContext().setAuthentication(authentication);
            users.create(username, "Created Elsewhere", EnumSet.of(Role.LEAD), "a-long-password");
        }).get();
        assertThat(UiEventually.eventually(() -> usernamesInGrid(view).contains(username))).isTrue();
    }

    @Test
    void saving_a_dialog_opened_before_someone_elses_change_shows_the_conflict_and_offers_a_reload() {
        var created = users.create(unique(), "Before", EnumSet.of(Role.LEAD), "a-long-password");
        var view = navigate(UserAdminView.class);
        new UserDialog(users, created, view::refresh).open();
        var dialog = find(UserDialog.class).single();
        users.update(created.getId(), created.getVersion(), "Changed Elsewhere", EnumSet.of(Role.LEAD), true);

        test(dialog.displayName).setValue("My Edit");
        test(dialog.save).click();

        assertThat(dialog.problem.getText()).contains("changed by someone else");
        assertThat(find(Button.class, dialog).withText("Reload").exists()).isTrue();
        assertThat(users.findAll()).filteredOn(user -> user.getId().equals(created.getId()))
                .singleElement().extracting(TrackerUser::getDisplayName).isEqualTo("Changed Elsewhere");
    }

    @Test
    void disabling_a_colleague_asks_first_and_cancelling_keeps_them_enabled() {
        var created = users.create(unique(), "Colleague", EnumSet.of(Role.HELPDESK), "a-long-password");
        var view = navigate(UserAdminView.class);
        new UserDialog(users, created, view::refresh).open();
        var dialog = find(UserDialog.class).single();

        test(dialog.enabled).click();
        test(dialog.save).click();
        var confirm = find(ConfirmDialog.class).single();
        assertThat(confirm.getElement().getProperty("header")).isEqualTo("Disable " + created.getUsername() + "?");
        test(confirm).cancel();
        assertThat(enabled(created)).as("cancelled: nothing changed").isTrue();

        test(dialog.save).click();
        test(find(ConfirmDialog.class).single()).confirm();
        assertThat(enabled(created)).as("confirmed").isFalse();
    }

    @Test
    void a_directory_user_shows_its_source_and_the_admin_decides_only_whether_they_may_sign_in() {
        String username = unique();
        directoryUsers.signedIn(username, "From The Directory", EnumSet.of(Role.LEAD));
        var local = users.create(unique(), "Local Colleague", EnumSet.of(Role.LEAD), "a-long-password");
        var view = navigate(UserAdminView.class);

        var grid = test(view.grid);
        int source = 3;
        assertThat(grid.getCellText(usernamesInGrid(view).indexOf(username), source)).isEqualTo("Active Directory");
        assertThat(grid.getCellText(usernamesInGrid(view).indexOf(local.getUsername()), source)).isEqualTo("Tracker");

        var shadow = users.findAll().stream().filter(u -> u.getUsername().equals(username)).findFirst().orElseThrow();
        new UserDialog(users, shadow, view::refresh).open();
        var dialog = find(UserDialog.class).single();
        assertThat(dialog.password.isVisible()).as("no password reset").isFalse();
        assertThat(dialog.generate.isVisible()).isFalse();
        assertThat(dialog.roles.isReadOnly()).isTrue();
        assertThat(dialog.displayName.isReadOnly()).isTrue();
        test(dialog.enabled).click();
        test(dialog.save).click();
        test(find(ConfirmDialog.class).single()).confirm();
        assertThat(enabled(shadow)).as("disabled by the admin").isFalse();
    }

    private boolean enabled(TrackerUser user) {
        return users.findAll().stream().filter(u -> u.getId().equals(user.getId())).findFirst().orElseThrow().isEnabled();
    }

    private List<String> usernamesInGrid(UserAdminView view) {
        var grid = test(view.grid);
        return IntStream.range(0, grid.size()).mapToObj(row -> grid.getRow(row).getUsername()).toList();
    }

    private static String unique() {
        return "u" + UUID.randomUUID().toString().substring(0, 8);
    }
}
