package org.migrationtracker.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.migrationtracker.security.CurrentUser;
import org.migrationtracker.security.Role;
import org.springframework.security.access.AccessDeniedException;

/** The root path sends each role to its own home: the lead and admins to the dashboard, helpdesk to the lookup. */
@Route("")
@PermitAll
public class HomeView extends Div implements BeforeEnterObserver {

    private final CurrentUser user;

    HomeView(CurrentUser user) {
        this.user = user;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (user.hasAnyRole(Role.ADMIN, Role.LEAD)) {
            event.forwardTo("dashboard");
        } else if (user.hasRole(Role.HELPDESK)) {
            event.forwardTo("lookup");
        } else {
            event.rerouteToError(AccessDeniedException.class, getTranslation("error.no-role"));
        }
    }
}
