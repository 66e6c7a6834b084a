package org.migrationtracker.security.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinSession;
import jakarta.annotation.security.RolesAllowed;
import org.migrationtracker.i18n.FieldProblem;
import org.migrationtracker.i18n.Message;
import org.migrationtracker.security.AccountService;
import org.migrationtracker.security.PasswordChange;
import org.migrationtracker.security.PasswordChangeRefused;
import org.migrationtracker.security.Role;
import org.migrationtracker.security.token.ui.ApiTokensView;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

import java.util.stream.Collectors;

/**
 * The signed-in user's own account: who they are, and their password, changed with the current one. A user whose
 * password an admin set lands here and goes on once they chose their own.
 */
@Route("account")
@RolesAllowed({Role.Names.ADMIN, Role.Names.HELPDESK, Role.Names.LEAD})
public class AccountView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final AccountService account;
    final PasswordField current = new PasswordField();
    final PasswordField chosen = new PasswordField();
    final PasswordField repeated = new PasswordField();
    final Button change = new Button();
    final Paragraph required = new Paragraph();
    private final Paragraph who = new Paragraph();
    private final Paragraph elsewhere = new Paragraph();
    private final FormLayout form = new FormLayout();

    AccountView(AccountService account) {
        this.account = account;
        setId("account-view");
        setMaxWidth("40rem");

        add(new H2(getTranslation("account.title")), who);
        required.setId("password-change-required");
        required.setText(getTranslation("account.change-required"));
        required.addClassName("form-problem");
        add(required);

        var rules = account.rules();
        current.setId("current-password");
        current.setLabel(getTranslation("account.current-password"));
        current.setRequired(true);
        chosen.setId("new-password");
        chosen.setLabel(getTranslation("account.new-password"));
        chosen.setHelperText(getTranslation("account.new-password.help", rules.minLength(), rules.maxLength()));
        chosen.setRequired(true);
        repeated.setId("repeat-password");
        repeated.setLabel(getTranslation("account.repeat-password"));
        repeated.setRequired(true);
        change.setId("change-password");
        change.setText(getTranslation("account.change"));
        change.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        change.addClickListener(click -> change());
        form.add(current, chosen, repeated);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        elsewhere.setText(getTranslation("account.no-password-here"));
        // scripts sign in with tokens, not with this password
        var tokens = new RouterLink(getTranslation("nav.tokens"), ApiTokensView.class);
        tokens.setId("my-api-tokens");
        add(form, change, elsewhere, tokens);
    }

    /** The account as it is now, each time the view is entered (the same view is reused while the user stays). */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var me = account.mine();
        who.setText(me.map(user -> getTranslation("account.who", user.getUsername(), user.getDisplayName(),
                user.getRoles().stream().map(role -> getTranslation("role." + role.name())).sorted()
                        .collect(Collectors.joining(", ")))).orElse(""));
        required.setVisible(PasswordChange.isRequired(SecurityContextHolder.getContext().getAuthentication()));
        // signed in by the organisation's directory: its password is changed there
        boolean local = me.filter(user -> !user.isFromDirectory()).isPresent();
        form.setVisible(local);
        change.setVisible(local);
        elsewhere.setVisible(!local);
    }

    private void change() {
        boolean filled = FieldProblem.show(current, current.isEmpty() ? Message.of("account.current-needed") : null, getLocale());
        filled &= FieldProblem.show(chosen, chosen.isEmpty() ? Message.of("account.new-needed") : null, getLocale());
        filled &= FieldProblem.show(repeated, !repeated.getValue().equals(chosen.getValue())
                ? Message.of("account.repeat-differs") : null, getLocale());
        if (!filled) {
            return;
        }
        try {
            account.changeOwnPassword(current.getValue(), chosen.getValue());
        } catch (PasswordChangeRefused refused) {
            FieldProblem.show(refused.aboutCurrent() ? current : chosen, refused.message(), getLocale());
            return;
        }
        boolean wasRequired = required.isVisible();
        signedInWithOwnPassword();
        current.clear();
        chosen.clear();
        repeated.clear();
        required.setVisible(false);
        Notification.show(getTranslation("account.changed")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        if (wasRequired) {
            UI.getCurrent().navigate("");
        }
    }

    /** This session goes on without the mark that sends the user here: in this thread and in the HTTP session. */
    private static void signedInWithOwnPassword() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !PasswordChange.isRequired(authentication)) {
            return;
        }
        var context = new SecurityContextImpl(PasswordChange.done(authentication));
        SecurityContextHolder.setContext(context);
        var session = VaadinSession.getCurrent();
        if (session != null && session.getSession() != null) {
            session.getSession().setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("account.title");
    }
}
