package org.migrationtracker.base.ui;

import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import org.migrationtracker.security.CurrentUser;
import org.springframework.jdbc.CannotGetJdbcConnectionException;

/**
 * The retrying notice for a screen whose constructor could not get a connection: Spring wraps that failure in a
 * {@code BeanInstantiationException}, and among the causes Vaadin matches error views by exact type only.
 */
@ParentLayout(MainLayout.class)
@PermitAll
public class NoConnectionView extends RetryingNotice<CannotGetJdbcConnectionException> {

    NoConnectionView(CurrentUser user) {
        super(user);
    }
}
