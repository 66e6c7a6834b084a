package org.migrationtracker.base.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import org.migrationtracker.security.CurrentUser;

/**
 * What a signed-in user sees for an address that is no page of the tracker, instead of Vaadin's bare "Could not
 * navigate" (production) or its list of every route (development). Anonymous visitors are sent to sign in.
 */
@ParentLayout(MainLayout.class)
@PermitAll
public class NotFoundView extends ErrorPage implements HasErrorParameter<NotFoundException> {

    NotFoundView(CurrentUser user) {
        super(user);
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        show("error.not-found", getTranslation("error.not-found.explanation"));
        return 404;
    }
}
