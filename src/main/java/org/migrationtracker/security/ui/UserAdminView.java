package org.migrationtracker.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
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
import org.migrationtracker.security.login.LockedAccounts;
import org.migrationtracker.security.login.SignInLock;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Admins create tracker users, change their roles, disable them and reset their passwords; directory users show their
 * source, and only their "may sign in" is changed here. Admins see who may not sign in for now after too many
 * failures (a user name or a client address) and lift such locks.
 */
@Route("admin/users")
@Menu(title = "nav.users", order = 90, icon = "icons/users.svg")
@RolesAllowed(Role.Names.ADMIN)
public class UserAdminView extends VerticalLayout implements HasDynamicTitle {

    static final String LOCK_COLUMN = "sign-in-lock";

    private final TrackerUserService users;
    private final LockedAccounts lockedAccounts;
    private final DateTimeFormatter formatter;
    final Grid<TrackerUser> grid = new Grid<>();
    final Button addUser = new Button();
    /** Locks on client addresses, and on user names that are no tracker user (so not in the grid). */
    final Details otherLocks = new Details();
    private Map<String, SignInLock> userLocks = Map.of();

    UserAdminView(TrackerUserService users, LockedAccounts lockedAccounts, LiveUpdates liveUpdates) {
        this.users = users;
        this.lockedAccounts = lockedAccounts;
        setId("user-admin-view");
        setSizeFull();

        addUser.setText(getTranslation("users.add"));
        addUser.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        addUser.setId("add-user");
        addUser.addClickListener(click -> new UserDialog(users, null, this::refresh).open());
        var toolbar = new HorizontalLayout(addUser);
        toolbar.setWidthFull();
        toolbar.setJustifyContentMode(JustifyContentMode.END);

        formatter = Dates.timeFormat(getLocale(), ZoneId.systemDefault());
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
        grid.addComponentColumn(user -> {
            var lock = userLocks.get(user.getUsername());
            return lock == null ? new Span() : lockWithUnlock(getTranslation("users.locked-until", formatter.format(lock.lockedUntil())), lock);
        }).setKey(LOCK_COLUMN).setHeader(getTranslation("users.sign-in-lock")).setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setSizeFull();
        grid.addItemClickListener(click -> new UserDialog(users, click.getItem(), this::refresh).open());

        otherLocks.setId("other-sign-in-locks");
        otherLocks.setWidthFull();

        add(toolbar, grid, otherLocks);
        refresh();
        // another admin's change shows here without a reload
        liveUpdates.refreshWhileAttached(this, this::refresh, TrackerUserChanged.class);
    }

    void refresh() {
        var all = users.findAll();
        var names = all.stream().map(TrackerUser::getUsername).collect(Collectors.toSet());
        var locks = lockedAccounts.locks();
        userLocks = locks.stream().filter(lock -> lock.scope() == SignInLock.Scope.USER && names.contains(lock.key()))
                .collect(Collectors.toMap(SignInLock::key, Function.identity()));
        grid.setItems(all);
        showOtherLocks(locks.stream().filter(lock -> !userLocks.containsValue(lock)).toList());
    }

    private void showOtherLocks(List<SignInLock> locks) {
        otherLocks.setSummaryText(getTranslation("users.other-locks", locks.size()));
        otherLocks.removeAll();
        if (locks.isEmpty()) {
            otherLocks.add(new Span(getTranslation("users.other-locks.none")));
        }
        for (var lock : locks) {
            String what = getTranslation(lock.scope() == SignInLock.Scope.ADDRESS ? "users.other-locks.address"
                    : "users.other-locks.user", lock.key(), formatter.format(lock.lockedUntil()));
            otherLocks.add(lockWithUnlock(what, lock));
        }
        otherLocks.add(new Span(getTranslation("users.other-locks.help")));
    }

    private HorizontalLayout lockWithUnlock(String text, SignInLock lock) {
        var unlock = new Button(getTranslation("users.unlock"), click -> unlock(lock));
        unlock.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        unlock.addClassName("unlock");
        unlock.setAriaLabel(getTranslation("users.unlock.label", lock.key()));
        var row = new HorizontalLayout(new Span(text), unlock);
        row.setAlignItems(Alignment.BASELINE);
        row.setSpacing(true);
        return row;
    }

    private void unlock(SignInLock lock) {
        boolean lifted = lockedAccounts.unlock(lock);
        var notice = Notification.show(getTranslation(lifted ? "users.unlocked" : "users.unlock.gone", lock.key()));
        notice.addThemeVariants(lifted ? NotificationVariant.LUMO_SUCCESS : NotificationVariant.LUMO_CONTRAST);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.users");
    }
}
