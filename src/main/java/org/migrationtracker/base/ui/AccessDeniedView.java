package org.migrationtracker.base.ui;

import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import org.migrationtracker.security.CurrentUser;
import org.migrationtracker.security.SecurityEvent;
import org.springframework.context.ApplicationEventPublisher;

/**
 * What a signed-in user sees for a page their roles do not open (Vaadin's navigation access control reroutes a
 * refused navigation here, in development and production mode alike). Anonymous visitors never get here: navigation
 * access control sends them to the sign-in page first, and this page itself admits only signed-in users. Each refusal
 * goes to the security log with the route refused (Vaadin decides it, so Spring Security's events do not see it).
 */
@ParentLayout(MainLayout.class)
@PermitAll
public class AccessDeniedView extends ErrorPage implements HasErrorParameter<AccessDeniedException> {

    private final CurrentUser user;
    private final ApplicationEventPublisher events;

    AccessDeniedView(CurrentUser user, ApplicationEventPublisher events) {
        super(user);
        this.user = user;
        this.events = events;
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        // an account without a role is refused everything; saying so is more use than "not this page"
        boolean roleless = user.roles().isEmpty();
        if (user.isSignedIn()) {
            events.publishEvent(new SecurityEvent(SecurityEvent.Kind.ACCESS_REFUSED, user.name(), null, null,
                    "route /" + event.getLocation().getPath() + (roleless ? " (the account has no role)" : "")));
        }
        show("error.access-denied", getTranslation(roleless ? "error.no-role" : "error.access-denied.explanation"));
        return 403;
    }
}
