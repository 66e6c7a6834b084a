package org.migrationtracker.mailbox;

import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;

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

    /** The same, with what the work returns. */
    public static <T> T asAdminGet(java.util.function.Supplier<T> work) {
        var result = new java.util.concurrent.atomic.AtomicReference<T>();
        asAdmin(() -> result.set(work.get()));
        return result.get();
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

    /**
     * Waits until the indexes a first load dropped are built again (IndexBuilds, after the load's commit) and analyses
     * the table, so that what follows reads the plans a running tracker has.
     */
    public static void awaitIndexes(JdbcTemplate jdbc) {
        long deadline = System.nanoTime() + java.time.Duration.ofMinutes(5).toNanos();
        while (jdbc.queryForObject("select count(*) from pending_index", Integer.class) > 0) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("indexes still pending after 5 minutes");
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        jdbc.execute("analyze mailbox");
    }

    public static void clearWithBatches(JdbcTemplate jdbc) {
        truncate(jdbc, "truncate batch_history, migration_batch restart identity cascade");
        clear(jdbc);
    }

    public static void clear(JdbcTemplate jdbc) {
        truncate(jdbc, "truncate mailbox_history, mailbox, mailbox_database restart identity cascade");
        jdbc.update("update migration_project set method = 'STAGED', source_version = 'EXCHANGE_2007', directory_sync = true");
    }

    /**
     * Truncates with the mailbox table locked first, in the same transaction: a reader that a previous test's
     * asynchronous listener still runs locks the mailbox table before the batch tables, so taking them in the
     * truncate's own order (batches first) could deadlock with it. A deadlock all the same is tried again.
     */
    private static void truncate(JdbcTemplate jdbc, String truncate) {
        for (int attempt = 1; ; attempt++) {
            try {
                jdbc.execute((ConnectionCallback<Void>) con -> {
                    boolean autoCommit = con.getAutoCommit();
                    con.setAutoCommit(false);
                    try (var st = con.createStatement()) {
                        st.execute("lock table mailbox in access exclusive mode");
                        st.execute(truncate);
                        con.commit();
                    } catch (SQLException e) {
                        con.rollback();
                        throw e;
                    } finally {
                        con.setAutoCommit(autoCommit);
                    }
                    return null;
                });
                return;
            } catch (PessimisticLockingFailureException deadlock) {
                if (attempt == 3) {
                    throw deadlock;
                }
            }
        }
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
