package org.migrationtracker.security.token.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import org.jspecify.annotations.Nullable;
import org.migrationtracker.i18n.FieldProblem;
import org.migrationtracker.i18n.Message;
import org.migrationtracker.security.TrackerUserName;
import org.migrationtracker.security.token.ApiTokenRules;
import org.migrationtracker.security.token.ApiTokenScope;
import org.migrationtracker.security.token.ApiTokenService;
import org.migrationtracker.security.token.CreatedApiToken;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

/** Name, expiry and scope of a new token; admins also choose whose it is. */
class NewTokenDialog extends Dialog {

    final TextField name = new TextField();
    final DatePicker expiresOn = new DatePicker();
    final RadioButtonGroup<ApiTokenScope> scope = new RadioButtonGroup<>();
    final ComboBox<String> user = new ComboBox<>();
    final Button create = new Button();
    final Paragraph problem = new Paragraph();

    private final ApiTokenService tokens;
    private final String me;
    private final LocalDate today;
    private final Consumer<CreatedApiToken> onCreated;

    /** @param users the users an admin may choose from; null for everyone else (the token is their own) */
    NewTokenDialog(ApiTokenService tokens, @Nullable List<TrackerUserName> users, String me, Clock clock,
                   Consumer<CreatedApiToken> onCreated) {
        this.tokens = tokens;
        this.me = me;
        this.today = LocalDate.now(clock);
        this.onCreated = onCreated;
        setHeaderTitle(getTranslation("tokens.dialog.title"));
        setWidth("min(32rem, 95vw)");

        name.setId("token-name");
        name.setLabel(getTranslation("tokens.name"));
        name.setHelperText(getTranslation("tokens.name.help"));
        name.setRequired(true);
        name.setMaxLength(ApiTokenRules.NAME_MAX_LENGTH);
        expiresOn.setId("token-expires-on");
        expiresOn.setLabel(getTranslation("tokens.expiry"));
        expiresOn.setHelperText(getTranslation("tokens.expiry.help", ApiTokenRules.MAX_DAYS));
        expiresOn.setLocale(getLocale());
        expiresOn.setRequired(true);
        expiresOn.setMin(today.plusDays(1));
        expiresOn.setMax(ApiTokenRules.latestExpiry(today));
        expiresOn.setValue(ApiTokenRules.defaultExpiry(today));
        scope.setId("token-scope");
        scope.setLabel(getTranslation("tokens.scope"));
        scope.setItems(ApiTokenScope.values());
        scope.setItemLabelGenerator(s -> getTranslation("tokens.scope." + s.name()));
        scope.setValue(ApiTokenScope.READ_ONLY);
        user.setId("token-user");
        user.setLabel(getTranslation("tokens.for-user"));
        user.setHelperText(getTranslation("tokens.for-user.help"));
        if (users != null) {
            user.setItems(users.stream().map(TrackerUserName::username).toList());
            user.setValue(me);
        } else {
            user.setVisible(false);
        }
        problem.addClassName("form-problem");
        problem.setVisible(false);

        var form = new FormLayout(name, expiresOn, scope, user, problem);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);

        create.setText(getTranslation("tokens.create"));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("create-token");
        create.addClickListener(click -> create());
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), create);
    }

    private boolean valid() {
        boolean ok = at(name, ApiTokenRules.nameProblem(name.getValue()).orElse(null));
        ok &= at(expiresOn, ApiTokenRules.expiryProblem(expiresOn.getValue(), today).orElse(null));
        return ok;
    }

    private boolean at(HasValidation field, @Nullable Message problem) {
        return FieldProblem.show(field, problem, getLocale());
    }

    private void create() {
        problem.setVisible(false);
        if (!valid()) {
            return;
        }
        try {
            String owner = user.isVisible() && user.getValue() != null ? user.getValue() : me;
            var created = owner.equals(me)
                    ? tokens.create(name.getValue(), expiresOn.getValue(), scope.getValue())
                    : tokens.createFor(owner, name.getValue(), expiresOn.getValue(), scope.getValue());
            close();
            onCreated.accept(created);
        } catch (IllegalArgumentException refused) {
            problem.setText(Message.of(refused).in(getLocale()));
            problem.setVisible(true);
        }
    }
}
