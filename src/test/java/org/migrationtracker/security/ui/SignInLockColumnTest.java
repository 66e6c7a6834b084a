package org.migrationtracker.security.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import org.junit.jupiter.api.Test;
import org.migrationtracker.IntegrationTest;
import org.migrationtracker.security.TrackerUserService;
import org.migrationtracker.security.login.SignInAttempts;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.test.context.support.WithMockUser;

import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The users screen shows who may not sign in for now and lets an admin lift the lock. */
@IntegrationTest
@WithMockUser(username = "ada", roles = "ADMIN")
class SignInLockColumnTest extends SpringBrowserlessTest {

    @LocalServerPort int port;
    @Autowired TrackerUserService users;
    @Autowired JdbcTemplate jdbc;

    @Test
    void a_locked_user_shows_until_when_in_the_sign_in_lock_column_and_unlock_lets_them_sign_in() {
        var user = SignInAttempts.newUser(users, jdbc).getUsername();
        var client = new SignInAttempts(port);
        client.wrongPasswords(user, 5);
        var view = navigate(UserAdminView.class);

        var cell = lockCell(view, user);
        assertThat(texts(cell)).singleElement().asString().startsWith("Locked until ");
        assertThat(test(view.grid).getHeaderCell(test(view.grid).getColumnPosition(UserAdminView.LOCK_COLUMN)))
                .isEqualTo("Sign-in lock");

        test(unlockIn(cell)).click();

        assertThat(test(find(Notification.class).last()).getText()).isEqualTo(user + " may sign in again");
        assertThat(texts(lockCell(view, user))).as("the column is empty again").containsOnly("");
        assertThat(client.basic(user, SignInAttempts.PASSWORD).statusCode()).isEqualTo(200);
    }

    @Test
    void a_user_who_is_not_locked_has_an_empty_sign_in_lock_cell_and_no_unlock() {
        var user = SignInAttempts.newUser(users, jdbc).getUsername();
        var view = navigate(UserAdminView.class);

        var cell = lockCell(view, user);

        assertThat(texts(cell)).containsOnly("");
        assertThat(cell.getChildren().filter(Button.class::isInstance)).isEmpty();
    }

    @Test
    void a_locked_client_address_is_listed_below_the_users_and_unlock_removes_it() {
        var office = new SignInAttempts(port);
        for (int i = 0; i < 20; i++) {
            office.wrongPasswords("nobody-" + UUID.randomUUID(), 1);
        }
        var colleague = SignInAttempts.newUser(users, jdbc).getUsername();
        assertThat(office.basic(colleague, SignInAttempts.PASSWORD).statusCode()).isEqualTo(401);
        var view = navigate(UserAdminView.class);

        assertThat(view.otherLocks.getSummaryText()).startsWith("Locked client addresses and other user names (");
        var row = find(Span.class, view.otherLocks).all().stream()
                .filter(span -> span.getText().startsWith("Client address " + office.address() + ", locked until "))
                .map(span -> span.getParent().orElseThrow()).findFirst().orElseThrow();
        test(unlockIn(row)).click();

        assertThat(find(Span.class, view.otherLocks).all()).extracting(Span::getText)
                .noneMatch(text -> text.startsWith("Client address " + office.address()));
        assertThat(office.basic(colleague, SignInAttempts.PASSWORD).statusCode()).isEqualTo(200);
    }

    private Component lockCell(UserAdminView view, String username) {
        var grid = test(view.grid);
        int row = IntStream.range(0, grid.size()).filter(r -> grid.getRow(r).getUsername().equals(username))
                .findFirst().orElseThrow();
        return grid.getCellComponent(row, UserAdminView.LOCK_COLUMN);
    }

    private static Button unlockIn(Component cell) {
        return cell.getChildren().filter(Button.class::isInstance).map(Button.class::cast)
                .filter(button -> button.getText().equals("Unlock")).findFirst().orElseThrow();
    }

    /** The texts a cell shows: its own, or its spans'. */
    private static List<String> texts(Component cell) {
        if (cell instanceof Span span) {
            return List.of(span.getText());
        }
        return cell.getChildren().filter(Span.class::isInstance).map(c -> ((Span) c).getText()).toList();
    }
}
