package org.migrationtracker.security.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.migrationtracker.security.PasswordChange;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * A user whose password an admin set sees no screen but their account until they chose their own password: whatever
 * address they open, they are sent to {@link AccountView}.
 */
@Component
class ChooseOwnPasswordFirst implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(enter -> {
            boolean required = PasswordChange.isRequired(SecurityContextHolder.getContext().getAuthentication());
            if (required && enter.getNavigationTarget() != AccountView.class && enter.getNavigationTarget() != LoginView.class) {
                enter.forwardTo(AccountView.class);
            }
        }));
    }
}
