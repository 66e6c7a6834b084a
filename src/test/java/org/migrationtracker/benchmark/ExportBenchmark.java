package org.migrationtracker.benchmark;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.migrationtracker.IntegrationTest;
import org.migrationtracker.backup.DatabaseDump;
import org.migrationtracker.backup.DatabaseRestore;
import org.migrationtracker.backup.FullExport;
import org.migrationtracker.mailbox.MailboxTestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The full export and the database backup at 100,000 mailboxes (with 200,000 history rows and 20,000 notes, made with
 * set-based SQL); run with {@code ./mvnw -Pbenchmark test -Dtest=ExportBenchmark}. Figures to read, not assertions.
 */
@Tag("benchmark")
@IntegrationTest
@WithMockUser(username = "benchmark", roles = "ADMIN")
class ExportBenchmark {

    @Autowired FullExport export;
    @Autowired DatabaseDump dump;
    @Autowired JdbcTemplate jdbc;

    @Test
    void export_and_backup_figures_at_100000_mailboxes() throws Exception {
        MailboxTestData.clear(jdbc);
        jdbc.update("insert into mailbox (primary_address, display_name, alias, department, database_name, proxy_addresses, "
                + "size_bytes, state, readiness, imported_at, updated_at, updated_by) "
                + "select 'user' || i || '@contoso.com', 'User ' || i, 'user' || i, 'Dept ' || (i % 40), 'DB0' || (i % 8), "
                + "array['SMTP:user' || i || '@contoso.com', 'smtp:u' || i || '@contoso.mail.onmicrosoft.com'], i * 1024, "
                + "'NOT_READY', array['NO_FULL_ACCESS'], now(), now(), 'benchmark' from generate_series(1, 100000) i");
        jdbc.update("insert into mailbox_history (mailbox_id, at, actor, field, old_value, new_value) "
                + "select id, now(), 'benchmark', f, 'false', 'true' from mailbox, unnest(array['fullAccess', 'writeProperty']) f");
        jdbc.update("insert into mailbox_note (mailbox_id, author, at, text) select id, 'benchmark', now(), "
                + "'=Called ' || display_name || ', rang back' from mailbox where id % 5 = 0");
        jdbc.execute("vacuum analyze mailbox");

        export.write(OutputStream.nullOutputStream()); // warm-up
        var counted = new Counting();
        long start = System.nanoTime();
        var rows = export.write(counted);
        long exportMillis = (System.nanoTime() - start) / 1_000_000;
        assertThat(rows.get("mailboxes.csv")).isEqualTo(100_000);
        assertThat(rows.get("mailbox_history.csv")).isEqualTo(200_000);

        var backup = new ByteArrayOutputStream();
        start = System.nanoTime();
        dump.write(backup);
        long dumpMillis = (System.nanoTime() - start) / 1_000_000;

        long restoreMillis;
        try (var fresh = EmbeddedPostgres.builder().start()) {
            start = System.nanoTime();
            DatabaseRestore.restore(new ByteArrayInputStream(backup.toByteArray()), fresh.getPostgresDatabase());
            restoreMillis = (System.nanoTime() - start) / 1_000_000;
            assertThat(new JdbcTemplate(fresh.getPostgresDatabase()).queryForObject("select count(*) from mailbox", Long.class))
                    .isEqualTo(100_000);
        }

        System.out.printf("%nfull export of 100,000 mailboxes (+200,000 history, 20,000 notes): %d ms, ZIP %.1f MB%n",
                exportMillis, counted.bytes / 1e6);
        System.out.printf("backup dump: %d ms, %.1f MB; restore into a fresh PostgreSQL (schema + rows): %d ms%n",
                dumpMillis, backup.size() / 1e6, restoreMillis);
        MailboxTestData.clear(jdbc);
    }

    private static final class Counting extends OutputStream {
        long bytes;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
        }
    }
}
