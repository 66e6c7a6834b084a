package org.migrationtracker.security.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import org.jspecify.annotations.Nullable;
import org.migrationtracker.i18n.FieldProblem;
import org.migrationtracker.i18n.Message;
import org.migrationtracker.security.ConcurrentChangeException;
import org.migrationtracker.security.PasswordPolicy;
import org.migrationtracker.security.Role;
import org.migrationtracker.security.TrackerUser;
import org.migrationtracker.security.TrackerUserService;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Creates a tracker user, or edits one: name, roles, enabled, and optionally a new password; of a directory user only
 * whether they may sign in.
 */
class UserDialog extends Dialog {

    final TextField username = new TextField();
    final TextField displayName = new TextField();
    final CheckboxGroup<Role> roles = new CheckboxGroup<>();
    final Checkbox enabled = new Checkbox();
    final PasswordField password = new PasswordField();
    final Button generate = new Button();
    final Button save = new Button();
    final Paragraph problem = new Paragraph();

    private final TrackerUserService users;
    private final @Nullable TrackerUser existing;
    private final Runnable onSaved;

    UserDialog(TrackerUserService users, @Nullable TrackerUser existing, Runnable onSaved) {
        this.users = users;
        this.existing = existing;
        this.onSaved = onSaved;
        setHeaderTitle(getTranslation(existing == null ? "users.dialog.new" : "users.dialog.edit"));
        setWidth("min(36rem, 95vw)");

        username.setId("user-username");
        displayName.setId("user-display-name");
        roles.setId("user-roles");
        password.setId("user-password");
        username.setLabel(getTranslation("users.username"));
        username.setRequired(true);
        username.setHelperText(getTranslation("users.username.help"));
        displayName.setLabel(getTranslation("users.display-name"));
        displayName.setRequired(true);
        roles.setLabel(getTranslation("users.roles"));
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(role -> getTranslation("role." + role.name()));
        roles.setRequired(true);
        enabled.setLabel(getTranslation("users.can-sign-in"));
        password.setLabel(getTranslation(existing == null ? "users.password" : "users.new-password"));
        password.setHelperText(getTranslation(existing == null ? "users.password.help" : "users.new-password.help",
                users.passwordPolicy().minLength(), users.passwordPolicy().maxLength()));
        password.setRevealButtonVisible(true);
        generate.setText(getTranslation("users.generate"));
        generate.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        generate.addClickListener(click -> {
            password.setValue(PasswordPolicy.generate());
            password.setRevealButtonVisible(true);
        });
        problem.addClassName("form-problem");
        problem.setVisible(false);

        if (existing == null) {
            enabled.setValue(true);
            enabled.setVisible(false);
        } else {
            username.setValue(existing.getUsername());
            username.setReadOnly(true);
            displayName.setValue(existing.getDisplayName());
            roles.setValue(existing.getRoles());
            enabled.setValue(existing.isEnabled());
            if (existing.isFromDirectory()) {
                // name, roles and password belong to the directory; the admin decides only whether they may sign in
                displayName.setReadOnly(true);
                roles.setReadOnly(true);
                roles.setHelperText(getTranslation("users.directory.help"));
                password.setVisible(false);
                generate.setVisible(false);
            }
        }

        var form = new FormLayout(username, displayName, roles, enabled, password, generate, problem);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);

        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-user");
        save.addClickListener(click -> {
            if (existing != null && existing.isEnabled() && !enabled.getValue()) {
                confirmDisabling();
            } else {
                save();
            }
        });
        var cancel = new Button(getTranslation("action.cancel"), click -> close());
        getFooter().add(cancel, save);
    }

    /** Disabling shuts a colleague out: say so, and ask. */
    private void confirmDisabling() {
        var confirm = new ConfirmDialog();
        confirm.setId("confirm-disable");
        confirm.setHeader(getTranslation("users.disable.confirm.title", existing == null ? "" : existing.getUsername()));
        confirm.setText(getTranslation("users.disable.confirm.text"));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmText(getTranslation("users.disable.confirm.button"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(event -> save());
        confirm.open();
    }

    /** Every invalid field at once, each at its field; true when all are fine. */
    private boolean valid() {
        boolean newUser = existing == null;
        var weak = password.isVisible() && (!password.getValue().isEmpty() || newUser) ? users.passwordPolicy().problem(
                newUser ? username.getValue() : existing.getUsername(), password.getValue()) : Optional.<Message>empty();
        boolean ok = at(username, newUser && username.getValue().isBlank() ? Message.of("users.username-needed") : null);
        ok &= at(displayName, displayName.getValue().isBlank() ? Message.of("users.name-needed") : null);
        ok &= at(roles, roles.getValue().isEmpty() ? Message.of("users.role-needed") : null);
        ok &= at(password, weak.orElse(null));
        return ok;
    }

    private boolean at(HasValidation field, @Nullable Message problem) {
        return FieldProblem.show(field, problem, getLocale());
    }

    private void save() {
        Set<Role> chosenRoles = roles.getValue().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles.getValue());
        problem.setVisible(false);
        if (!valid()) {
            return;
        }
        try {
            if (existing == null) {
                users.create(username.getValue(), displayName.getValue(), chosenRoles, password.getValue());
            } else {
                var updated = users.update(existing.getId(), existing.getVersion(), displayName.getValue(), chosenRoles,
                        enabled.getValue());
                if (!password.getValue().isEmpty()) {
                    users.resetPassword(updated.getId(), updated.getVersion(), password.getValue());
                }
            }
            close();
            onSaved.run();
            var saved = Notification.show(getTranslation("users.saved", username.getValue()));
            saved.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (ConcurrentChangeException conflict) {
            showProblem(Message.of(conflict).in(getLocale()));
            var reload = new Button(getTranslation("action.reload"), click -> {
                close();
                onSaved.run();
            });
            reload.addThemeVariants(ButtonVariant.LUMO_ERROR);
            getFooter().addComponentAsFirst(reload);
        } catch (IllegalArgumentException refused) {
            showProblem(Message.of(refused).in(getLocale()));
        }
    }

    private void showProblem(String message) {
        problem.setText(message);
        problem.setVisible(true);
    }
}
