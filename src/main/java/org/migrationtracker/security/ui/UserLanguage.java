package org.migrationtracker.security.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.migrationtracker.security.UserPreferences;
import org.springframework.stereotype.Component;

/**
 * Shows each signed-in user the tracker in the language they chose; without a choice Vaadin follows the browser's
 * language among the supported ones.
 */
@Component
class UserLanguage implements VaadinServiceInitListener {

    private final UserPreferences preferences;
    private final AuthenticationContext authentication;

    UserLanguage(UserPreferences preferences, AuthenticationContext authentication) {
        this.preferences = preferences;
        this.authentication = authentication;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            if (authentication.isAuthenticated()) {
                preferences.language().ifPresent(locale -> init.getUI().setLocale(locale));
            }
        });
    }
}
