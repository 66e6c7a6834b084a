package org.migrationtracker.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.migrationtracker.i18n.Dates;
import org.migrationtracker.live.LiveUpdates;
import org.migrationtracker.security.Role;
import org.migrationtracker.security.TrackerUser;
import org.migrationtracker.security.TrackerUserChanged;
import org.migrationtracker.security.TrackerUserService;

import java.time.ZoneId;
import java.util.stream.Collectors;

/**
 * Admins create tracker users, change their roles, disable them and reset their passwords; directory users show their
 * source, and only their "may sign in" is changed here.
 */
@Route("admin/users")
@Menu(title = "nav.users", order = 90, icon = "icons/users.svg")
@RolesAllowed(Role.Names.ADMIN)
public class UserAdminView extends VerticalLayout implements HasDynamicTitle {

    private final TrackerUserService users;
    final Grid<TrackerUser> grid = new Grid<>();
    final Button addUser = new Button();

    UserAdminView(TrackerUserService users, LiveUpdates liveUpdates) {
        this.users = users;
        setId("user-admin-view");
        setSizeFull();

        addUser.setText(getTranslation("users.add"));
        addUser.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        addUser.setId("add-user");
        addUser.addClickListener(click -> new UserDialog(users, null, this::refresh).open());
        var toolbar = new HorizontalLayout(addUser);
        toolbar.setWidthFull();
        toolbar.setJustifyContentMode(JustifyContentMode.END);

        var formatter = Dates.timeFormat(getLocale(), ZoneId.systemDefault());
        grid.addColumn(TrackerUser::getUsername).setHeader(getTranslation("users.username")).setSortable(true)
                .setAutoWidth(true);
        grid.addColumn(TrackerUser::getDisplayName).setHeader(getTranslation("users.display-name")).setSortable(true)
                .setFlexGrow(1);
        grid.addColumn(user -> user.getRoles().stream().map(role -> getTranslation("role." + role.name()))
                .collect(Collectors.joining(", "))).setHeader(getTranslation("users.roles")).setAutoWidth(true);
        grid.addColumn(user -> getTranslation("users.source." + user.getSource().name()))
                .setHeader(getTranslation("users.source")).setSortable(true).setAutoWidth(true);
        grid.addComponentColumn(user -> {
            var status = new Span(getTranslation(user.isEnabled() ? "users.enabled" : "users.disabled"));
            status.getElement().getThemeList().add(user.isEnabled() ? "badge success" : "badge error");
            return status;
        }).setHeader(getTranslation("users.status")).setAutoWidth(true);
        grid.addColumn(user -> formatter.format(user.getUpdatedAt())).setHeader(getTranslation("users.updated"))
                .setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setSizeFull();
        grid.addItemClickListener(click -> new UserDialog(users, click.getItem(), this::refresh).open());

        add(toolbar, grid);
        refresh();
        // another admin's change shows here without a reload
        liveUpdates.refreshWhileAttached(this, this::refresh, TrackerUserChanged.class);
    }

    void refresh() {
        grid.setItems(users.findAll());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.users");
    }
}
