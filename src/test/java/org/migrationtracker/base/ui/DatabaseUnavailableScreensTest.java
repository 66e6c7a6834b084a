package org.migrationtracker.base.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.ErrorEvent;
import jakarta.annotation.security.PermitAll;
import org.junit.jupiter.api.Test;
import org.migrationtracker.IntegrationTest;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.CannotCreateTransactionException;

import java.sql.SQLException;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** While PostgreSQL is away, screens say so in the user's language and retry, instead of showing an error. */
@IntegrationTest
@WithMockUser(username = "ada", roles = "ADMIN")
class DatabaseUnavailableScreensTest extends SpringBrowserlessTest {

    /** A screen that reads the database while it is built, as the grids do, with the database away. */
    @PermitAll
    public static class NeedsTheDatabase extends Div {
        public NeedsTheDatabase() {
            throw new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection",
                    new SQLException("Connection to localhost:5432 refused", "08001"));
        }
    }

    /** A screen whose data access failed for want of the database, as Hibernate's connection errors are translated. */
    @PermitAll
    public static class LostTheDatabase extends Div {
        public LostTheDatabase() {
            throw new DataAccessResourceFailureException("Unable to acquire JDBC Connection",
                    new SQLException("terminating connection due to administrator command", "57P01"));
        }
    }

    /** The same, through a service whose transaction cannot begin. */
    @PermitAll
    public static class NeedsATransaction extends Div {
        public NeedsATransaction() {
            throw new CannotCreateTransactionException("Could not open JPA EntityManager for transaction");
        }
    }

    @Test
    void a_screen_that_cannot_reach_the_database_shows_the_retrying_notice_in_the_main_layout_not_an_error() {
        RouteConfiguration.forSessionScope().setRoute("needs-database", NeedsTheDatabase.class, MainLayout.class);

        var page = navigate("needs-database", NoConnectionView.class);

        assertThat(page.getParent()).containsInstanceOf(MainLayout.class);
        assertThat(page.getElement().getTextRecursively()).contains("The database is unavailable")
                .contains("reloads by itself").doesNotContain("Exception", "JDBC");
        assertThat(page.hasClassName("database-unavailable")).isTrue();
    }

    @Test
    void a_connection_lost_during_data_access_shows_the_same_notice() {
        RouteConfiguration.forSessionScope().setRoute("lost-database", LostTheDatabase.class, MainLayout.class);

        var page = navigate("lost-database", DatabaseUnavailableView.class);

        assertThat(page.getElement().getTextRecursively()).contains("The database is unavailable");
    }

    @Test
    void a_transaction_that_cannot_begin_shows_the_same_notice_in_french() {
        UI.getCurrent().setLocale(Locale.FRENCH);
        RouteConfiguration.forSessionScope().setRoute("needs-transaction", NeedsATransaction.class, MainLayout.class);

        var page = navigate("needs-transaction", NoTransactionView.class);

        assertThat(page.getElement().getTextRecursively()).contains("La base de données est indisponible");
    }

    @Test
    void an_action_that_fails_for_want_of_the_database_shows_a_warning_notice_and_other_errors_do_not() {
        var notices = new DatabaseUnavailableNotice();

        notices.error(new ErrorEvent(new IllegalStateException("a bug")));
        assertThat($(Notification.class).all()).isEmpty();

        notices.error(new ErrorEvent(new RuntimeException(new CannotCreateTransactionException("no connection"))));
        var notice = $(Notification.class).single();
        assertThat(notice.getId()).contains(DatabaseUnavailableNotice.ID);
        assertThat(notice.getElement().getProperty("text", "") + notice.getElement().getTextRecursively())
                .contains("The database is unavailable, retrying");
    }
}
