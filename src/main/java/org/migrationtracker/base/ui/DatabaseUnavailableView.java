package org.migrationtracker.base.ui;

import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import org.migrationtracker.security.CurrentUser;
import org.springframework.dao.DataAccessResourceFailureException;

/** The retrying notice for a data access that failed for want of the database (also Hibernate's, translated). */
@ParentLayout(MainLayout.class)
@PermitAll
public class DatabaseUnavailableView extends RetryingNotice<DataAccessResourceFailureException> {

    DatabaseUnavailableView(CurrentUser user) {
        super(user);
    }
}
