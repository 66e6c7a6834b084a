package org.migrationtracker.lookup.ui;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.migrationtracker.base.ui.EmptyState;
import org.migrationtracker.security.Role;

/** Home of the helpdesk (admins and the lead may use it too). */
@Route("lookup")
@Menu(title = "nav.lookup", order = 2, icon = "icons/lookup.svg")
@RolesAllowed({Role.Names.HELPDESK, Role.Names.ADMIN, Role.Names.LEAD})
public class LookupView extends VerticalLayout implements HasDynamicTitle {

    LookupView() {
        setId("lookup-view");
        add(new EmptyState(getTranslation("lookup.empty.title"), getTranslation("lookup.empty.text")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.lookup");
    }
}
