package org.migrationtracker.benchmark;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.migrationtracker.Application;
import org.migrationtracker.IntegrationTest;
import org.migrationtracker.live.LiveUpdates;
import org.migrationtracker.live.PgEventRelay;
import org.migrationtracker.mailbox.BulkAction;
import org.migrationtracker.mailbox.BulkTarget;
import org.migrationtracker.mailbox.InventoryImportService;
import org.migrationtracker.mailbox.MailboxEdits;
import org.migrationtracker.mailbox.MailboxFilter;
import org.migrationtracker.mailbox.MailboxSearch;
import org.migrationtracker.mailbox.MailboxTestData;
import org.migrationtracker.mailbox.MailboxesChanged;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Prints the live-update figures (run with {@code ./mvnw -Pbenchmark test}): propagation latency within one
 * instance and to a second instance over PostgreSQL NOTIFY (median and p95 over 200 changes), the cost of NOTIFY on
 * a bulk update of 2,000, and how many deliveries a screen gets while 10,000 mailboxes are imported.
 */
@Tag("benchmark")
@IntegrationTest
class LiveBenchmark {

    @Autowired DataSource dataSource;
    @Autowired JdbcTemplate jdbc;
    @Autowired MailboxEdits mailboxes;
    @Autowired MailboxSearch search;
    @Autowired InventoryImportService imports;
    @Autowired LiveUpdates liveA;
    @Autowired PgEventRelay relayA;
    @Autowired SecurityContextHolderStrategy security;

    @Test
    void live_update_figures() throws Exception {
        asAdmin();
        MailboxTestData.clear(jdbc);
        imports.importInventory("inventory.csv", MailboxTestData.inventory(2_000, "Finance"));
        var hikari = (HikariDataSource) dataSource;
        var strategyA = SecurityContextHolder.getContextHolderStrategy();
        try (var instanceB = new SpringApplicationBuilder(Application.class).profiles("test")
                .properties("server.port=0", "spring.datasource.url=" + hikari.getJdbcUrl(),
                        "spring.datasource.username=" + hikari.getUsername(), "spring.datasource.password=", "spring.jmx.enabled=false")
                .run()) {
            asAdmin();
            var liveB = instanceB.getBean(LiveUpdates.class);
            var arrivedA = new ArrayBlockingQueue<Long>(10);
            var arrivedB = new ArrayBlockingQueue<Long>(10);
            liveA.subscribe(MailboxesChanged.class, Runnable::run, event -> arrivedA.add(System.nanoTime()));
            liveB.subscribe(MailboxesChanged.class, Runnable::run, event -> arrivedB.add(System.nanoTime()));
            long one = search.findByAddress("user1@contoso.com").orElseThrow().id();
            var same = new ArrayList<Double>();
            var cross = new ArrayList<Double>();
            for (int i = 0; i < 220; i++) {
                arrivedA.clear();
                arrivedB.clear();
                long start = System.nanoTime();
                mailboxes.bulk(new BulkAction.SetFullAccess(i % 2 == 0), BulkTarget.ids(List.of(one)));
                Long a = arrivedA.poll(5, TimeUnit.SECONDS);
                Long b = arrivedB.poll(5, TimeUnit.SECONDS);
                assertThat(a).isNotNull();
                assertThat(b).isNotNull();
                if (i >= 20) { // warm-up
                    same.add((a - start) / 1e6);
                    cross.add((b - start) / 1e6);
                }
            }

            var with = new ArrayList<Double>();
            var without = new ArrayList<Double>();
            for (int round = 0; round < 12; round++) {
                // every round changes all 2,000 rows (the value alternates); NOTIFY on for rounds 0-1, 4-5, 8-9
                boolean notify = (round / 2) % 2 == 0;
                relayA.setRelaying(notify);
                long start = System.nanoTime();
                var result = mailboxes.bulk(new BulkAction.SetWriteProperty(round % 2 == 0), BulkTarget.matching(MailboxFilter.all()));
                assertThat(result.changed()).isEqualTo(2_000);
                (notify ? with : without).add((System.nanoTime() - start) / 1e6);
            }
            relayA.setRelaying(true);

            var coalesced = new AtomicInteger();
            var registration = liveA.subscribe(MailboxesChanged.class, Runnable::run, event -> coalesced.incrementAndGet());
            MailboxTestData.clear(jdbc);
            imports.importInventory("10k.csv", MailboxTestData.inventory(10_000, "Sales"));
            Thread.sleep(500);
            registration.remove();

            System.out.printf("%n=== Live update benchmark (embedded PostgreSQL, this machine) ===%n"
                            + "propagation, change submitted -> event handed to screens, same instance:  median %.1f ms, p95 %.1f ms (%d changes)%n"
                            + "propagation, change submitted -> event handed to screens, other instance: median %.1f ms, p95 %.1f ms (%d changes)%n"
                            + "bulk update of 2,000 mailboxes: with NOTIFY median %.0f ms, without median %.0f ms%n"
                            + "events a screen receives for an import of 10,000 mailboxes: %d (so at most one refresh per screen)%n"
                            + "(screens add their coalescing window, %s, before the push)%n%n",
                    median(same), p95(same), same.size(), median(cross), p95(cross), cross.size(),
                    median(with), median(without), coalesced.get(), "250 ms in production");
        }
        SecurityContextHolder.setContextHolderStrategy(strategyA);
        MailboxTestData.clear(jdbc);
    }

    private void asAdmin() {
        var context = security.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("benchmark", "",
                AuthorityUtils.createAuthorityList("ROLE_ADMIN")));
        security.setContext(context);
    }

    private static double median(List<Double> values) {
        var sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    private static double p95(List<Double> values) {
        var sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1);
    }
}
