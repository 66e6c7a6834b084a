package org.migrationtracker.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.migrationtracker.security.CurrentUser;
import org.migrationtracker.security.Role;

import java.util.Optional;

/** The root path sends each role to its own home: the lead and admins to the dashboard, helpdesk to the lookup. */
@Route("")
@PermitAll
public class HomeView extends Div implements BeforeEnterObserver {

    /** A role's home: its route, and the translation key of its name in the navigation. */
    record Home(String route, String titleKey) {
    }

    private final CurrentUser user;

    HomeView(CurrentUser user) {
        this.user = user;
    }

    /** The signed-in user's home; none for an account without a tracker role. */
    static Optional<Home> homeOf(CurrentUser user) {
        if (user.hasAnyRole(Role.ADMIN, Role.LEAD)) {
            return Optional.of(new Home("dashboard", "nav.dashboard"));
        }
        if (user.hasRole(Role.HELPDESK)) {
            return Optional.of(new Home("lookup", "nav.lookup"));
        }
        return Optional.empty();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        homeOf(user).ifPresentOrElse(home -> event.forwardTo(home.route()),
                // the access-denied page explains that the account has no role
                () -> event.rerouteToError(AccessDeniedException.class, getTranslation("error.no-role")));
    }
}
