package org.migrationtracker.security.session;

import org.junit.jupiter.api.Test;
import org.migrationtracker.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** Sign-in through the real form endpoint: a new session id, and a row in the registry. */
@IntegrationTest
class SessionSignInTest {

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;

    @Test
    void signing_in_through_the_form_gives_the_session_a_new_id_and_records_it_in_the_registry() {
        var browser = new FormSignIn(port);
        browser.get("/login");
        var before = browser.sessionId();
        assertThat(before).as("the sign-in page starts a session").isPresent();

        var target = browser.signIn("admin", IntegrationTest.ADMIN_PASSWORD);

        assertThat(target).doesNotContain("error");
        var after = browser.sessionId();
        assertThat(after).isPresent();
        assertThat(after.get()).as("session fixation protection").isNotEqualTo(before.get());
        assertThat(browser.isSignedIn()).isTrue();
        assertThat(jdbc.queryForObject("""
                select count(*) from tracker_session where username = 'admin' and ended_at is null
                and roles = 'ADMIN' and credential_stamp is not null""", Integer.class)).isPositive();
    }
}
