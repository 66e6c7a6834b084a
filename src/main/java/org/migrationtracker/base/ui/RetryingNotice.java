package org.migrationtracker.base.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import org.migrationtracker.database.DatabaseUnavailable;
import org.migrationtracker.security.CurrentUser;

/**
 * What a screen shows when it could not be built because the database cannot be reached (PostgreSQL restarting):
 * a notice in the user's language, not an error page; it reloads itself until the database answers again. Vaadin
 * picks an error view by the exception's type, so there is one small subclass per type a lost connection takes.
 */
abstract class RetryingNotice<E extends Exception> extends ErrorPage implements HasErrorParameter<E> {

    /** Reloads the page every few seconds while it shows this notice. */
    static final String RETRY = "setTimeout(() => { if (document.querySelector('.database-unavailable')) location.reload(); }, $0)";

    RetryingNotice(CurrentUser user) {
        super(user);
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<E> parameter) {
        show("database-unavailable.title", getTranslation("database-unavailable.explanation"));
        addClassName("database-unavailable");
        event.getUI().getPage().executeJs(RETRY, DatabaseUnavailable.RETRY_AFTER_SECONDS * 1000);
        return 503;
    }
}
