package org.migrationtracker.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.SvgIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.migrationtracker.i18n.Languages;
import org.migrationtracker.security.CurrentUser;
import org.migrationtracker.security.UserPreferences;

import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The frame around every signed-in screen. The navigation lists only the views the signed-in user may open:
 * Vaadin's menu configuration leaves out routes whose {@code @RolesAllowed} the user does not meet.
 * A view's {@code @Menu(title)} is the key of its translated navigation label; {@link MenuRoles} narrows an entry
 * further than the route's roles.
 */
@Layout
@PermitAll
@CssImport("./styles/migration-tracker.css")
public final class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final Span viewTitle = new Span();

    private final UserPreferences preferences;

    /** The authentication context only signs out; who the user is comes from {@link CurrentUser}. */
    MainLayout(CurrentUser user, AuthenticationContext authenticationContext, UserPreferences preferences) {
        this.preferences = preferences;
        setPrimarySection(Section.DRAWER);
        viewTitle.addClassName("view-title");
        addToNavbar(new DrawerToggle(), viewTitle);
        addToDrawer(brand(), new Scroller(navigation(user)), userMenu(user, authenticationContext));
    }

    private Component brand() {
        var logo = new SvgIcon("icons/icon.svg");
        logo.addClassName("brand-logo");
        var name = new Span(getTranslation("app.name"));
        name.addClassName("brand-name");
        var brand = new Div(logo, name);
        brand.addClassName("brand");
        return brand;
    }

    private SideNav navigation(CurrentUser user) {
        var nav = new SideNav();
        nav.addClassName("main-nav");
        for (var entry : MenuConfiguration.getMenuEntries()) {
            var narrowed = entry.menuClass() == null ? null : entry.menuClass().getAnnotation(MenuRoles.class);
            if (narrowed != null && !user.hasAnyRole(narrowed.value())) {
                continue;
            }
            var item = new SideNavItem(getTranslation(entry.title()), entry.path());
            if (entry.icon() != null) {
                item.setPrefixComponent(new SvgIcon(entry.icon()));
            }
            item.setMatchNested(true);
            nav.addItem(item);
        }
        return nav;
    }

    private Component userMenu(CurrentUser user, AuthenticationContext authenticationContext) {
        String username = user.signedInName().orElse("");
        String roles = user.roles().stream()
                .map(role -> getTranslation("role." + role.name()))
                .sorted()
                .collect(Collectors.joining(", "));
        var menu = new MenuBar();
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        menu.addClassName("user-menu");
        var label = new Div(new Span(username), new Span(roles));
        label.addClassName("user-label");
        var item = menu.addItem(label);
        var language = item.getSubMenu().addItem(getTranslation("nav.language"));
        language.setId("language-menu");
        for (var locale : Languages.SUPPORTED) {
            var choice = language.getSubMenu().addItem(Languages.nameOf(locale), click -> chooseLanguage(locale));
            choice.setCheckable(true);
            choice.setChecked(getLocale().getLanguage().equals(locale.getLanguage()));
            choice.setId("language-" + locale.getLanguage());
        }
        item.getSubMenu().addItem(getTranslation("nav.account"), click -> UI.getCurrent().navigate("account"))
                .setId("my-account");
        item.getSubMenu().addItem(getTranslation("nav.logout"), click -> authenticationContext.logout())
                .setId("logout");
        return menu;
    }

    /** Remembers the choice and shows every screen in the new language. */
    private void chooseLanguage(Locale locale) {
        preferences.chooseLanguage(locale);
        getUI().ifPresent(ui -> {
            ui.getSession().setLocale(locale);
            ui.setLocale(locale);
            ui.getPage().reload();
        });
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        var content = getContent();
        viewTitle.setText(content instanceof HasDynamicTitle titled ? titled.getPageTitle() : "");
    }
}
