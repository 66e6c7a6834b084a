package org.migrationtracker;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Test users sign in with the password their test gave them: as if each had chosen it at their first sign-in (a
 * password an admin sets must be changed before anything else, docs/adr/0034).
 */
public final class TestUsers {

    private TestUsers() {
    }

    public static void choseOwnPassword(JdbcTemplate jdbc, String... usernames) {
        for (String username : usernames) {
            jdbc.update("update tracker_user set password_change_required = false where username = ?", username);
        }
    }
}
