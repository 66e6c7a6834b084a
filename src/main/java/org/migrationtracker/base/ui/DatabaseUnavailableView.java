package org.migrationtracker.base.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import org.migrationtracker.database.DatabaseUnavailable;
import org.migrationtracker.security.CurrentUser;
import org.springframework.dao.DataAccessResourceFailureException;

/**
 * What a screen shows when it could not be built because the database cannot be reached (PostgreSQL restarting):
 * a notice in the user's language, not an error page; it reloads itself until the database answers again.
 */
@ParentLayout(MainLayout.class)
@PermitAll
public class DatabaseUnavailableView extends ErrorPage implements HasErrorParameter<DataAccessResourceFailureException> {

    /** Reloads the page every few seconds while it shows this notice. */
    static final String RETRY = "setTimeout(() => { if (document.querySelector('.database-unavailable')) location.reload(); }, $0)";

    DatabaseUnavailableView(CurrentUser user) {
        super(user);
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<DataAccessResourceFailureException> parameter) {
        return showRetrying(this, event);
    }

    static int showRetrying(ErrorPage page, BeforeEnterEvent event) {
        page.show("database-unavailable.title", page.getTranslation("database-unavailable.explanation"));
        page.addClassName("database-unavailable");
        event.getUI().getPage().executeJs(RETRY, DatabaseUnavailable.RETRY_AFTER_SECONDS * 1000);
        return 503;
    }
}
