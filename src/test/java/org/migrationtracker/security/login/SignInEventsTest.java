package org.migrationtracker.security.login;

import org.junit.jupiter.api.Test;
import org.migrationtracker.IntegrationTest;
import org.migrationtracker.mailbox.MailboxTestData;
import org.migrationtracker.security.SecurityEvent;
import org.migrationtracker.security.TrackerUserService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What the security log hears of failed sign-ins, locks and unlocks (signed in here on the test's own thread). */
@IntegrationTest
@RecordApplicationEvents
class SignInEventsTest {

    private static final Set<SecurityEvent.Kind> THROTTLE_KINDS = EnumSet.of(SecurityEvent.Kind.SIGN_IN_FAILED,
            SecurityEvent.Kind.LOCKED_OUT, SecurityEvent.Kind.UNLOCKED);

    @Autowired ThrottledSignIn signIn;
    @Autowired LockedAccounts lockedAccounts;
    @Autowired TrackerUserService users;
    @Autowired JdbcTemplate jdbc;
    @Autowired ApplicationEvents events;

    @Test
    void a_failure_names_the_user_name_tried_and_the_address_but_never_the_password() {
        var user = SignInAttempts.newUser(users, jdbc).getUsername();
        String address = SignInAttempts.newAddress();

        attempt(user, "my-secret-guess", address);

        assertThat(throttleEvents()).singleElement().satisfies(event -> {
            assertThat(event.kind()).isEqualTo(SecurityEvent.Kind.SIGN_IN_FAILED);
            assertThat(event.actor()).isEqualTo(user);
            assertThat(event.clientAddress()).isEqualTo(address);
            assertThat(event.detail()).isEqualTo("wrong password or unknown user").doesNotContain("my-secret-guess");
        });
    }

    @Test
    void the_failure_that_locks_a_user_name_is_followed_by_one_locked_out_and_later_ones_by_none() {
        var user = SignInAttempts.newUser(users, jdbc).getUsername();
        String address = SignInAttempts.newAddress();

        for (int i = 0; i < 7; i++) {
            attempt(user, "guess-" + i, address);
        }

        assertThat(throttleEvents()).extracting(SecurityEvent::kind).containsExactly(
                SecurityEvent.Kind.SIGN_IN_FAILED, SecurityEvent.Kind.SIGN_IN_FAILED, SecurityEvent.Kind.SIGN_IN_FAILED,
                SecurityEvent.Kind.SIGN_IN_FAILED, SecurityEvent.Kind.SIGN_IN_FAILED, SecurityEvent.Kind.LOCKED_OUT,
                SecurityEvent.Kind.SIGN_IN_FAILED, SecurityEvent.Kind.SIGN_IN_FAILED);
        var lockedOut = throttleEvents().filter(e -> e.kind() == SecurityEvent.Kind.LOCKED_OUT).findFirst().orElseThrow();
        assertThat(lockedOut.subject()).isEqualTo(user);
        assertThat(lockedOut.clientAddress()).isEqualTo(address);
        assertThat(lockedOut.detail()).startsWith("user name locked until ").endsWith(" after 5 failed sign-ins");
        assertThat(throttleEvents().toList().getLast().detail()).startsWith("refused unchecked: user name locked until ");
    }

    @Test
    void an_address_that_reaches_twenty_failures_is_locked_out_without_a_subject() {
        String address = SignInAttempts.newAddress();

        for (int i = 0; i < 20; i++) {
            attempt("nobody-" + i + "-" + address, "guess", address);
        }

        assertThat(throttleEvents().filter(e -> e.kind() == SecurityEvent.Kind.LOCKED_OUT)).singleElement()
                .satisfies(event -> {
                    assertThat(event.subject()).isNull();
                    assertThat(event.detail()).startsWith("client address " + address + " locked until ");
                });
    }

    @Test
    void an_admin_unlocking_is_recorded_with_the_admin_and_the_user_name() {
        var user = SignInAttempts.newUser(users, jdbc).getUsername();
        for (int i = 0; i < 5; i++) {
            attempt(user, "guess-" + i, SignInAttempts.newAddress());
        }

        MailboxTestData.asAdmin(() -> lockedAccounts.locks().stream().filter(lock -> lock.key().equals(user))
                .forEach(lockedAccounts::unlock));

        assertThat(throttleEvents().filter(e -> e.kind() == SecurityEvent.Kind.UNLOCKED)).singleElement()
                .satisfies(event -> {
                    assertThat(event.actor()).isEqualTo("fixture-admin");
                    assertThat(event.subject()).isEqualTo(user);
                    assertThat(event.detail()).startsWith("user name unlocked (was locked until ");
                });
    }

    @Test
    void a_success_publishes_no_failure_lock_or_unlock() {
        var user = SignInAttempts.newUser(users, jdbc).getUsername();

        var signedIn = signIn.authenticate(token(user, SignInAttempts.PASSWORD, SignInAttempts.newAddress()));

        assertThat(signedIn).isNotNull().extracting(a -> a.getName()).isEqualTo(user);
        assertThat(throttleEvents()).isEmpty();
    }

    /** The events of this feature; others (a user created, say) may be published beside them. */
    private Stream<SecurityEvent> throttleEvents() {
        return events.stream(SecurityEvent.class).filter(event -> THROTTLE_KINDS.contains(event.kind()));
    }

    private void attempt(String username, String password, String address) {
        assertThatThrownBy(() -> signIn.authenticate(token(username, password, address)))
                .isInstanceOf(BadCredentialsException.class).hasMessage(ThrottledSignIn.REFUSED);
    }

    private static UsernamePasswordAuthenticationToken token(String username, String password, String address) {
        var token = UsernamePasswordAuthenticationToken.unauthenticated(username, password);
        token.setDetails(new WebAuthenticationDetails(address, null));
        return token;
    }
}
