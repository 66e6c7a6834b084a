package org.migrationtracker.mailbox;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

import java.nio.charset.StandardCharsets;

/** Empties the mailbox tables and builds inventory files for integration tests. */
public final class MailboxTestData {

    private MailboxTestData() {
    }

    /** Runs as an admin whoever the test's user is (fixtures for tests of other roles). */
    public static void asAdmin(Runnable work) {
        var context = SecurityContextHolder.getContext();
        var previous = context.getAuthentication();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "fixture-admin", "", AuthorityUtils.createAuthorityList("ROLE_ADMIN")));
        try {
            work.run();
        } finally {
            context.setAuthentication(previous);
        }
    }

    /** No mailboxes and no batches. */
    /**
     * A fresh inventory of {@code n} Finance mailboxes (no batches), every one with the migration admin's FullAccess
     * and WriteProperty recorded: ready except the UM-enabled ones (user0, user10, ...). Call it as an admin.
     */
    public static void readyInventory(JdbcTemplate jdbc, InventoryImportService imports, MailboxEdits mailboxes, int n) {
        clearWithBatches(jdbc);
        imports.importInventory("inventory.csv", inventory(n, "Finance"));
        mailboxes.bulk(new BulkAction.SetFullAccess(true), BulkTarget.matching(MailboxFilter.all()));
        mailboxes.bulk(new BulkAction.SetWriteProperty(true), BulkTarget.matching(MailboxFilter.all()));
    }

    public static void clearWithBatches(JdbcTemplate jdbc) {
        jdbc.execute("truncate batch_history, migration_batch restart identity cascade");
        clear(jdbc);
    }

    public static void clear(JdbcTemplate jdbc) {
        jdbc.execute("truncate mailbox_history, mailbox, mailbox_database restart identity cascade");
        jdbc.update("update migration_project set method = 'STAGED', source_version = 'EXCHANGE_2007', directory_sync = true");
    }

    /** An inventory of n mailboxes in the shape of Get-Mailbox | Export-Csv. */
    public static byte[] inventory(int n, String department) {
        var csv = new StringBuilder("\"DisplayName\",\"PrimarySmtpAddress\",\"Alias\",\"Department\",\"Database\",\"RecipientTypeDetails\",\"UMEnabled\",\"EmailAddresses\"\r\n");
        for (int i = 0; i < n; i++) {
            csv.append('"').append("User ").append(i).append("\",\"user").append(i).append("@contoso.com\",\"user").append(i)
                    .append("\",\"").append(department).append("\",\"DB0").append(i % 3).append("\",\"UserMailbox\",\"")
                    .append(i % 10 == 0 ? "True" : "False").append("\",\"SMTP:user").append(i).append("@contoso.com smtp:u")
                    .append(i).append("@contoso.mail.onmicrosoft.com\"\r\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }
}
