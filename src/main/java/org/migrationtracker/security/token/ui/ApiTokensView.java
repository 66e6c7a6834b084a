package org.migrationtracker.security.token.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
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
import org.migrationtracker.i18n.Message;
import org.migrationtracker.security.CurrentUser;
import org.migrationtracker.security.Role;
import org.migrationtracker.security.TrackerUserService;
import org.migrationtracker.security.token.ApiToken;
import org.migrationtracker.security.token.ApiTokenService;

import java.time.Clock;
import java.time.ZoneId;

/**
 * Everyone's own API tokens for scripts: make one (its secret shown once), see when it was last used, revoke it.
 * Admins see and revoke everyone's, and make tokens for other users (service accounts, docs/adr/0029).
 */
@Route("account/tokens")
@Menu(title = "nav.tokens", order = 95, icon = "icons/tokens.svg")
@RolesAllowed({Role.Names.ADMIN, Role.Names.HELPDESK, Role.Names.LEAD})
public class ApiTokensView extends VerticalLayout implements HasDynamicTitle {

    private final ApiTokenService tokens;
    private final boolean admin;
    final Grid<ApiToken> grid = new Grid<>();
    final Button newToken = new Button();

    ApiTokensView(ApiTokenService tokens, TrackerUserService users, CurrentUser currentUser, Clock clock) {
        this.tokens = tokens;
        this.admin = currentUser.hasRole(Role.ADMIN);
        setId("api-tokens-view");
        setSizeFull();

        var intro = new Paragraph(getTranslation(admin ? "tokens.intro.admin" : "tokens.intro"));
        newToken.setText(getTranslation("tokens.new"));
        newToken.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        newToken.setId("new-token");
        newToken.addClickListener(click -> new NewTokenDialog(tokens, admin ? users.enabledNames() : null,
                currentUser.name(), clock, created -> {
            refresh();
            new TokenSecretDialog(created).open();
        }).open());
        var toolbar = new HorizontalLayout(intro, newToken);
        toolbar.setWidthFull();
        toolbar.setFlexGrow(1, intro);
        toolbar.setAlignItems(Alignment.BASELINE);

        var zone = ZoneId.systemDefault();
        var times = Dates.timeFormat(getLocale(), zone);
        var days = Dates.dayFormat(getLocale());
        if (admin) {
            grid.addColumn(ApiToken::username).setHeader(getTranslation("tokens.user")).setSortable(true).setAutoWidth(true);
        }
        grid.addColumn(ApiToken::name).setHeader(getTranslation("tokens.name")).setSortable(true).setFlexGrow(1);
        grid.addColumn(token -> getTranslation("tokens.scope." + token.scope().name()))
                .setHeader(getTranslation("tokens.scope")).setAutoWidth(true);
        grid.addColumn(token -> times.format(token.createdAt())).setHeader(getTranslation("tokens.created-at"))
                .setAutoWidth(true);
        grid.addComponentColumn(token -> {
            var expires = new Span(days.format(token.expiresAt().minusSeconds(1).atZone(zone)));
            if (token.expiredAt(clock.instant())) {
                expires.setText(getTranslation("tokens.expired", expires.getText()));
                expires.getElement().getThemeList().add("badge error");
            }
            return expires;
        }).setHeader(getTranslation("tokens.expires")).setAutoWidth(true);
        grid.addColumn(token -> token.lastUsedAt() == null ? getTranslation("tokens.never-used") : times.format(token.lastUsedAt()))
                .setHeader(getTranslation("tokens.last-used")).setAutoWidth(true);
        grid.addComponentColumn(token -> {
            var revoke = new Button(getTranslation("tokens.revoke"), click -> confirmRevoking(token));
            revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            revoke.addClassName("revoke-token");
            return revoke;
        }).setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("tokens.none"));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setSizeFull();

        add(toolbar, grid);
        refresh();
    }

    void refresh() {
        grid.setItems(admin ? tokens.all() : tokens.mine());
    }

    private void confirmRevoking(ApiToken token) {
        var confirm = new ConfirmDialog();
        confirm.setId("confirm-revoke");
        confirm.setHeader(getTranslation("tokens.revoke.title", token.name()));
        confirm.setText(getTranslation("tokens.revoke.text"));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmText(getTranslation("tokens.revoke"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(event -> revoke(token));
        confirm.open();
    }

    private void revoke(ApiToken token) {
        try {
            tokens.revoke(token.id());
            Notification.show(getTranslation("tokens.revoked", token.name())).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (IllegalArgumentException refused) {
            Notification.show(Message.of(refused).in(getLocale())).addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.tokens");
    }
}
