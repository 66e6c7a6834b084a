package org.migrationtracker.security.ui;

import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.migrationtracker.database.DatabaseUnavailable;
import org.migrationtracker.security.CurrentUser;
import org.springframework.security.web.WebAttributes;

/** Sign-in page; a failed attempt comes back with {@code ?error}. */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
@CssImport("./styles/migration-tracker.css")
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CurrentUser user;
    private final LoginForm form = new LoginForm();
    final LoginI18n i18n = LoginI18n.createDefault();

    LoginView(CurrentUser user) {
        this.user = user;
        addClassName("login-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        i18n.getForm().setTitle(getTranslation("login.title"));
        i18n.getForm().setUsername(getTranslation("login.username"));
        i18n.getForm().setPassword(getTranslation("login.password"));
        i18n.getForm().setSubmit(getTranslation("login.submit"));
        i18n.getErrorMessage().setTitle(getTranslation("login.error.title"));
        i18n.getErrorMessage().setMessage(getTranslation("login.error.message"));
        form.setI18n(i18n);
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);

        var brand = new H1(getTranslation("app.name"));
        brand.addClassName("login-brand");
        var tagline = new Paragraph(getTranslation("login.tagline"));
        tagline.addClassName("login-tagline");
        var card = new Div(brand, tagline, form);
        card.addClassName("login-card");
        add(card);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (user.isSignedIn()) {
            event.forwardTo("");
            return;
        }
        boolean failed = event.getLocation().getQueryParameters().getParameters().containsKey("error");
        // a password that could not be checked is not a wrong one: say the database is away
        boolean unchecked = failed && databaseWasAway();
        i18n.getErrorMessage().setTitle(getTranslation(unchecked ? "database-unavailable.title" : "login.error.title"));
        i18n.getErrorMessage().setMessage(getTranslation(unchecked ? "login.error.database" : "login.error.message"));
        form.setI18n(i18n);
        form.setError(failed);
    }

    /** Spring Security keeps the failed sign-in's exception in the session for the page it sends the browser to. */
    private static boolean databaseWasAway() {
        var session = VaadinSession.getCurrent();
        return session != null && session.getSession() != null
                && session.getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION) instanceof Throwable failure
                && DatabaseUnavailable.isCause(failure);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.page-title");
    }
}
