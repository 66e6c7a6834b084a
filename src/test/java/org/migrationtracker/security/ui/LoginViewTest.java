package org.migrationtracker.security.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import org.junit.jupiter.api.Test;
import org.migrationtracker.IntegrationTest;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.web.WebAttributes;

import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

/** The sign-in page tells a wrong password from one the tracker could not check because the database was away. */
@IntegrationTest
class LoginViewTest extends SpringBrowserlessTest {

    @Test
    void a_wrong_password_says_so() {
        failedWith(new BadCredentialsException("Bad credentials"));

        var view = failedSignInPage();

        assertThat(view.i18n.getErrorMessage().getTitle()).isEqualTo("Incorrect username or password");
    }

    @Test
    void a_sign_in_the_database_could_not_check_says_the_database_is_away_not_that_the_password_is_wrong() {
        failedWith(new AuthenticationServiceException("sign-in failures could not be read",
                new CannotGetJdbcConnectionException("no connection", new SQLException("refused", "08001"))));

        var view = failedSignInPage();

        assertThat(view.i18n.getErrorMessage().getTitle()).isEqualTo("The database is unavailable");
        assertThat(view.i18n.getErrorMessage().getMessage()).startsWith("The database did not answer, so your password could not be checked");
    }

    /** Where Spring Security sends the browser after a failed sign-in: {@code /login?error}. */
    private LoginView failedSignInPage() {
        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));
        return (LoginView) getCurrentView();
    }

    private static void failedWith(Exception failure) {
        VaadinSession.getCurrent().getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION, failure);
    }
}
