package org.migrationtracker.backup;

import org.migrationtracker.ApiCalls;
import org.migrationtracker.mailbox.MailboxTestData;
import org.migrationtracker.security.TrackerUserService;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.charset.StandardCharsets;

/** A small tracker to export or back up: the API users, n mailboxes of one department, a note on user1. */
final class ExportTestData {

    private ExportTestData() {
    }

    static ApiCalls mailboxesWithANote(int port, JdbcTemplate jdbc, TrackerUserService users, int mailboxes,
                                       String department, String note) throws Exception {
        MailboxTestData.clear(jdbc);
        ApiCalls.ensureUsers(users, jdbc);
        var api = new ApiCalls(port);
        api.send("api-admin", "POST", "/api/v1/mailboxes/import", "text/csv",
                new String(MailboxTestData.inventory(mailboxes, department), StandardCharsets.UTF_8));
        api.send("api-admin", "POST", "/api/v1/mailboxes/user1@contoso.com/notes", "application/json",
                "{\"text\":\"" + note + "\"}");
        return api;
    }
}
