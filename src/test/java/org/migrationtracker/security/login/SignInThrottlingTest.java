package org.migrationtracker.security.login;

import org.junit.jupiter.api.Test;
import org.migrationtracker.ApiCalls;
import org.migrationtracker.IntegrationTest;
import org.migrationtracker.mailbox.MailboxTestData;
import org.migrationtracker.security.Role;
import org.migrationtracker.security.TrackerUserService;
import org.migrationtracker.security.token.ApiTokenScope;
import org.migrationtracker.security.token.ApiTokenService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Failed sign-ins over HTTP Basic and the sign-in form, counted in PostgreSQL: the user name locks after five, the
 * address after twenty, the lock lasts fifteen minutes (time passes by moving the table's instants back), an admin
 * lifts it, and nothing in the answer tells a locked, disabled or unknown account from a wrong password.
 */
@IntegrationTest
class SignInThrottlingTest {

    @LocalServerPort int port;
    @Autowired TrackerUserService users;
    @Autowired LockedAccounts lockedAccounts;
    @Autowired ApiTokenService tokens;
    @Autowired JdbcTemplate jdbc;

    @Test
    void after_five_wrong_passwords_over_basic_the_right_one_is_refused_for_fifteen_minutes() {
        var user = SignInAttempts.newUser(users, jdbc).getUsername();
        var client = new SignInAttempts(port);

        client.wrongPasswords(user, 5);

        assertThat(client.basic(user, SignInAttempts.PASSWORD).statusCode()).isEqualTo(401);
        SignInAttempts.timePasses(jdbc, Duration.ofMinutes(15).minusSeconds(2), user, client.address());
        assertThat(client.basic(user, SignInAttempts.PASSWORD).statusCode()).as("still locked just before").isEqualTo(401);
        SignInAttempts.timePasses(jdbc, Duration.ofSeconds(2), user, client.address());
        assertThat(client.basic(user, SignInAttempts.PASSWORD).statusCode()).as("fifteen minutes on").isEqualTo(200);
    }

    @Test
    void after_five_wrong_passwords_on_the_form_the_right_one_is_refused_for_fifteen_minutes() {
        var user = SignInAttempts.newUser(users, jdbc).getUsername();
        var client = new SignInAttempts(port);
        for (int i = 0; i < 5; i++) {
            assertThat(client.browser().signIn(user, "not-the-password")).endsWith("/login?error");
        }

        var locked = client.browser();
        assertThat(locked.signIn(user, SignInAttempts.PASSWORD)).endsWith("/login?error");
        assertThat(locked.isSignedIn()).isFalse();

        SignInAttempts.timePasses(jdbc, Duration.ofMinutes(15), user, client.address());
        var later = client.browser();
        assertThat(later.signIn(user, SignInAttempts.PASSWORD)).doesNotContain("error");
        assertThat(later.isSignedIn()).isTrue();
    }

    @Test
    void a_wrong_password_on_the_form_and_over_basic_count_together() {
        var user = SignInAttempts.newUser(users, jdbc).getUsername();
        var client = new SignInAttempts(port);

        client.wrongPasswords(user, 3);
        client.browser().signIn(user, "not-the-password");
        client.browser().signIn(user, "not-the-password");

        assertThat(client.elsewhere().basic(user, SignInAttempts.PASSWORD).statusCode()).as("locked from any address")
                .isEqualTo(401);
    }

    @Test
    void a_success_resets_the_user_names_count() {
        var user = SignInAttempts.newUser(users, jdbc).getUsername();
        var client = new SignInAttempts(port);

        client.wrongPasswords(user, 4);
        assertThat(client.basic(user, SignInAttempts.PASSWORD).statusCode()).isEqualTo(200);
        client.wrongPasswords(user, 4);

        assertThat(client.basic(user, SignInAttempts.PASSWORD).statusCode()).as("eight failures, never five in a row")
                .isEqualTo(200);
    }

    @Test
    void another_user_from_the_same_address_is_not_locked_until_the_address_has_twenty_failures() {
        var colleague = SignInAttempts.newUser(users, jdbc).getUsername();
        var office = new SignInAttempts(port);

        office.wrongPasswords(SignInAttempts.newUser(users, jdbc).getUsername(), 5);
        assertThat(office.basic(colleague, SignInAttempts.PASSWORD).statusCode()).as("5 failures from the address").isEqualTo(200);
        for (int i = 0; i < 14; i++) {
            office.wrongPasswords("nobody-" + UUID.randomUUID(), 1);
        }
        assertThat(office.basic(colleague, SignInAttempts.PASSWORD).statusCode()).as("19 failures").isEqualTo(200);

        office.wrongPasswords("nobody-" + UUID.randomUUID(), 1);

        assertThat(office.basic(colleague, SignInAttempts.PASSWORD).statusCode()).as("20 failures: the address is locked")
                .isEqualTo(401);
        assertThat(office.elsewhere().basic(colleague, SignInAttempts.PASSWORD).statusCode()).as("from another address")
                .isEqualTo(200);
    }

    @Test
    void an_admin_unlocking_a_user_name_or_an_address_lets_them_in_at_once() {
        var user = SignInAttempts.newUser(users, jdbc).getUsername();
        var client = new SignInAttempts(port);
        client.wrongPasswords(user, 5);
        var office = new SignInAttempts(port);
        for (int i = 0; i < 20; i++) {
            office.wrongPasswords("nobody-" + UUID.randomUUID(), 1);
        }
        assertThat(office.basic(user, SignInAttempts.PASSWORD).statusCode()).isEqualTo(401);

        MailboxTestData.asAdmin(() -> lockedAccounts.locks().stream()
                .filter(lock -> lock.key().equals(user) || lock.key().equals(office.address()))
                .forEach(lockedAccounts::unlock));

        assertThat(client.basic(user, SignInAttempts.PASSWORD).statusCode()).isEqualTo(200);
        assertThat(office.basic(user, SignInAttempts.PASSWORD).statusCode()).isEqualTo(200);
    }

    @Test
    void locked_disabled_unknown_and_wrong_password_get_the_same_answer_from_the_api() {
        var answers = refusals((user, password) -> {
            var response = new SignInAttempts(port).basic(user, password);
            return response.statusCode() + " " + response.headers().allValues("WWW-Authenticate") + " "
                    + response.headers().firstValue("Content-Type").orElse("") + " " + response.body();
        });

        assertThat(answers).hasSize(5).allSatisfy(answer -> assertThat(answer).isEqualTo(answers.getFirst()));
        assertThat(answers.getFirst()).startsWith("401 [Bearer realm=\"Migration Tracker\"] application/problem+json")
                .contains("tracker user's password (HTTP Basic)");
    }

    @Test
    void locked_disabled_unknown_and_wrong_password_get_the_same_answer_from_the_sign_in_form() {
        var answers = refusals((user, password) -> {
            var browser = new SignInAttempts(port).browser();
            String location = browser.signIn(user, password);
            HttpResponse<String> page = browser.get("/login?error");
            return location + " " + page.statusCode() + " signed in: " + browser.isSignedIn();
        });

        assertThat(answers).hasSize(5).allSatisfy(answer -> assertThat(answer).isEqualTo(answers.getFirst()));
        assertThat(answers.getFirst()).endsWith("/login?error 200 signed in: false");
    }

    @Test
    void api_tokens_are_no_passwords_and_stay_outside_the_lock() throws Exception {
        var user = SignInAttempts.newUser(users, jdbc).getUsername();
        var client = new SignInAttempts(port);
        client.wrongPasswords(user, 5);
        var secret = new AtomicReference<String>();
        MailboxTestData.asAdmin(() -> secret.set(tokens.createFor(user, "script", LocalDate.now().plusDays(1),
                ApiTokenScope.READ_ONLY).secret()));

        var withToken = new ApiCalls(port).sendWithToken(secret.get(), "GET", SignInAttempts.API_PATH, null, null);

        assertThat(withToken.statusCode()).isEqualTo(200);
        assertThat(client.basic(user, SignInAttempts.PASSWORD).statusCode()).as("the password stays locked").isEqualTo(401);
    }

    interface Attempt {
        String answer(String username, String password);
    }

    /** The answers to: a wrong password, an unknown user, a disabled user (right and wrong password), a locked user. */
    private List<String> refusals(Attempt attempt) {
        var existing = SignInAttempts.newUser(users, jdbc);
        var disabled = SignInAttempts.newUser(users, jdbc);
        MailboxTestData.asAdmin(() -> users.update(disabled.getId(), disabled.getVersion(), "Leaver",
                EnumSet.of(Role.HELPDESK), false));
        var locked = SignInAttempts.newUser(users, jdbc).getUsername();
        new SignInAttempts(port).wrongPasswords(locked, 5);
        return List.of(
                attempt.answer(existing.getUsername(), "not-the-password"),
                attempt.answer("nobody-" + UUID.randomUUID(), SignInAttempts.PASSWORD),
                attempt.answer(disabled.getUsername(), SignInAttempts.PASSWORD),
                attempt.answer(disabled.getUsername(), "not-the-password"),
                attempt.answer(locked, SignInAttempts.PASSWORD));
    }
}
