package org.migrationtracker.security.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.migrationtracker.security.CurrentUser;
import org.migrationtracker.security.UserPreferences;
import org.springframework.stereotype.Component;

/**
 * Shows each signed-in user the tracker in the language they chose; without a choice Vaadin follows the browser's
 * language among the supported ones.
 */
@Component
class UserLanguage implements VaadinServiceInitListener {

    private final UserPreferences preferences;
    private final CurrentUser user;

    UserLanguage(UserPreferences preferences, CurrentUser user) {
        this.preferences = preferences;
        this.user = user;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            if (user.isSignedIn()) {
                preferences.language().ifPresent(locale -> init.getUI().setLocale(locale));
            }
        });
    }
}
