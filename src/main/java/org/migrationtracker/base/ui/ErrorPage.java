package org.migrationtracker.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import org.jspecify.annotations.Nullable;
import org.migrationtracker.security.CurrentUser;

/**
 * A refused or unknown page, shown inside the main layout: what happened, in the user's language, and a link to
 * their home (none for an account without a role: it has no home).
 */
abstract class ErrorPage extends Div implements HasDynamicTitle {

    private final CurrentUser user;
    private String title = "";
    private @Nullable Anchor home;

    ErrorPage(CurrentUser user) {
        this.user = user;
        addClassName("empty-state");
        addClassName("error-page");
    }

    /** Shows the page for a title key; {@code explanation} is shown under it. */
    void show(String titleKey, String explanation) {
        removeAll();
        title = getTranslation(titleKey);
        add(new H2(title), new Paragraph(explanation));
        home = HomeView.homeOf(user).map(place -> {
            var link = new Anchor(place.route(), getTranslation("error.go-home", getTranslation(place.titleKey())));
            link.getElement().setAttribute("router-link", true);
            link.setId("error-home");
            return link;
        }).orElse(null);
        if (home != null) {
            add(home);
        }
    }

    /** The link to the user's home, if they have one. */
    @Nullable Anchor homeLink() {
        return home;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
