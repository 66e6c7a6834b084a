package org.migrationtracker.dashboard.ui;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.migrationtracker.base.ui.EmptyState;
import org.migrationtracker.security.Role;

/** Home of the project lead (admins see it too). */
@Route("dashboard")
@Menu(title = "nav.dashboard", order = 1, icon = "icons/dashboard.svg")
@RolesAllowed({Role.Names.LEAD, Role.Names.ADMIN})
public class DashboardView extends VerticalLayout implements HasDynamicTitle {

    DashboardView() {
        setId("dashboard-view");
        add(new EmptyState(getTranslation("dashboard.empty.title"), getTranslation("dashboard.empty.text")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.dashboard");
    }
}
