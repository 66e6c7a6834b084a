package org.migrationtracker.base.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import org.migrationtracker.security.CurrentUser;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * The same notice as {@link DatabaseUnavailableView} when a service's transaction could not begin for want of a
 * connection (Vaadin picks an error view by the exception's type, and this one is no data access exception).
 */
@ParentLayout(MainLayout.class)
@PermitAll
public class NoTransactionView extends ErrorPage implements HasErrorParameter<CannotCreateTransactionException> {

    NoTransactionView(CurrentUser user) {
        super(user);
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<CannotCreateTransactionException> parameter) {
        return DatabaseUnavailableView.showRetrying(this, event);
    }
}
