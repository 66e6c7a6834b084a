package org.migrationtracker.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.migrationtracker.security.Role;
import org.springframework.security.access.AccessDeniedException;

/** The root path sends each role to its own home: the lead and admins to the dashboard, helpdesk to the lookup. */
@Route("")
@PermitAll
public class HomeView extends Div implements BeforeEnterObserver {

    private final AuthenticationContext authenticationContext;

    HomeView(AuthenticationContext authenticationContext) {
        this.authenticationContext = authenticationContext;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authenticationContext.hasAnyRole(Role.Names.ADMIN, Role.Names.LEAD)) {
            event.forwardTo("dashboard");
        } else if (authenticationContext.hasRole(Role.Names.HELPDESK)) {
            event.forwardTo("lookup");
        } else {
            event.rerouteToError(AccessDeniedException.class, getTranslation("error.no-role"));
        }
    }
}
