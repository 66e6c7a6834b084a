package org.migrationtracker.base.ui;

import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import org.migrationtracker.security.CurrentUser;
import org.springframework.transaction.CannotCreateTransactionException;

/** The retrying notice when a service's transaction could not begin for want of a connection. */
@ParentLayout(MainLayout.class)
@PermitAll
public class NoTransactionView extends RetryingNotice<CannotCreateTransactionException> {

    NoTransactionView(CurrentUser user) {
        super(user);
    }
}
