package org.migrationtracker.security.session.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.migrationtracker.i18n.Dates;
import org.migrationtracker.i18n.Message;
import org.migrationtracker.live.LiveUpdates;
import org.migrationtracker.security.Role;
import org.migrationtracker.security.session.SessionRegistry;
import org.migrationtracker.security.session.SessionsChanged;
import org.migrationtracker.security.session.SessionsEnded;
import org.migrationtracker.security.session.SignedInSession;

import java.time.ZoneId;
import java.util.Arrays;
import java.util.stream.Collectors;

/** Admins see who is signed in, on which instance, since when and last active when, and end a session. */
@Route("admin/sessions")
@Menu(title = "nav.sessions", order = 91, icon = "icons/sessions.svg")
@RolesAllowed(Role.Names.ADMIN)
public class SessionAdminView extends VerticalLayout implements HasDynamicTitle {

    private final SessionRegistry sessions;
    final Grid<SignedInSession> grid = new Grid<>();
    final Paragraph summary = new Paragraph();

    SessionAdminView(SessionRegistry sessions, LiveUpdates live) {
        this.sessions = sessions;
        setId("session-admin-view");
        setSizeFull();
        summary.setId("sessions-summary");

        var formatter = Dates.timeFormat(getLocale(), ZoneId.systemDefault());
        grid.addColumn(SignedInSession::username).setHeader(getTranslation("sessions.user")).setSortable(true)
                .setAutoWidth(true);
        grid.addColumn(session -> roles(session.roles())).setHeader(getTranslation("sessions.roles")).setAutoWidth(true);
        grid.addColumn(session -> formatter.format(session.signedInAt())).setHeader(getTranslation("sessions.since"))
                .setComparator(SignedInSession::signedInAt).setAutoWidth(true);
        grid.addColumn(session -> formatter.format(session.lastActivityAt()))
                .setHeader(getTranslation("sessions.last-activity")).setComparator(SignedInSession::lastActivityAt)
                .setAutoWidth(true);
        grid.addColumn(SignedInSession::instance).setHeader(getTranslation("sessions.instance")).setAutoWidth(true);
        grid.addColumn(session -> session.clientAddress() == null ? "" : session.clientAddress())
                .setHeader(getTranslation("sessions.address")).setAutoWidth(true);
        grid.addComponentColumn(this::action).setHeader(getTranslation("sessions.action")).setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setSizeFull();

        add(summary, grid);
        refresh();
        live.refreshWhileAttached(this, this::refresh, SessionsChanged.class, SessionsEnded.class);
    }

    private String roles(String roles) {
        return Arrays.stream(roles.split(",")).filter(role -> !role.isBlank())
                .map(role -> getTranslation("role." + role)).collect(Collectors.joining(", "));
    }

    private Component action(SignedInSession session) {
        if (sessions.isCurrent(session.id())) {
            var yours = new Span(getTranslation("sessions.yours"));
            yours.getElement().getThemeList().add("badge contrast");
            return yours;
        }
        var end = new Button(getTranslation("sessions.end"), click -> confirmEnd(session));
        end.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
        end.setId("end-session-" + session.id());
        end.addClassName("end-session");
        return end;
    }

    void confirmEnd(SignedInSession session) {
        var confirm = new ConfirmDialog();
        confirm.setId("confirm-end-session");
        confirm.setHeader(getTranslation("sessions.end.confirm.title", session.username()));
        confirm.setText(getTranslation("sessions.end.confirm.text", session.username(), session.instance()));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmText(getTranslation("sessions.end"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(event -> end(session));
        confirm.open();
    }

    void end(SignedInSession session) {
        try {
            sessions.endByAdmin(session.id());
            Notification.show(getTranslation("sessions.ended", session.username()))
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (IllegalArgumentException refused) {
            Notification.show(Message.of(refused).in(getLocale())).addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
        refresh();
    }

    void refresh() {
        var signedIn = sessions.signedIn();
        grid.setItems(signedIn);
        summary.setText(getTranslation("sessions.summary", signedIn.size(),
                sessions.idleTimeout().toMinutes(), sessions.absoluteLifetime().toHours()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.sessions");
    }
}
