package org.migrationtracker.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.DefaultErrorHandler;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.migrationtracker.database.DatabaseUnavailable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * A click or an edit that fails because the database cannot be reached shows a notice in the user's language
 * ("database unavailable, retrying") instead of Vaadin's error; the screen stays as it was. Other errors go to
 * Vaadin's default handler.
 */
@Component
class DatabaseUnavailableNotice implements VaadinServiceInitListener, ErrorHandler {

    static final String ID = "database-unavailable-notice";
    private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableNotice.class);
    private final ErrorHandler otherwise = new DefaultErrorHandler();

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(this));
    }

    @Override
    public void error(ErrorEvent event) {
        UI ui = UI.getCurrent();
        if (ui == null || !DatabaseUnavailable.isCause(event.getThrowable())) {
            otherwise.error(event);
            return;
        }
        log.warn("A screen action failed: the database is unavailable ({})", event.getThrowable().getMessage());
        show(ui);
    }

    static Notification show(UI ui) {
        var notice = new Notification(ui.getTranslation("database-unavailable.notice"), 8_000,
                Notification.Position.TOP_CENTER);
        notice.setId(ID);
        notice.addThemeVariants(NotificationVariant.WARNING);
        notice.open();
        return notice;
    }
}
