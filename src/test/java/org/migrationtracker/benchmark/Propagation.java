package org.migrationtracker.benchmark;

import com.zaxxer.hikari.HikariDataSource;
import org.migrationtracker.Application;
import org.migrationtracker.live.LiveUpdates;
import org.migrationtracker.mailbox.BulkAction;
import org.migrationtracker.mailbox.BulkTarget;
import org.migrationtracker.mailbox.MailboxEdits;
import org.migrationtracker.mailbox.MailboxSearch;
import org.migrationtracker.mailbox.MailboxesChanged;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cross-instance propagation: a second instance of the application on the same database; a change submitted on
 * this one until the event is handed to the other's screens, beside a bare NOTIFY → LISTEN round trip.
 */
final class Propagation {

    private final DataSource dataSource;
    private final LiveUpdates live;
    private final RawSql raw;
    private final MailboxEdits mailboxes;
    private final MailboxSearch search;

    Propagation(DataSource dataSource, LiveUpdates live, RawSql raw, MailboxEdits mailboxes, MailboxSearch search) {
        this.dataSource = dataSource;
        this.live = live;
        this.raw = raw;
        this.mailboxes = mailboxes;
        this.search = search;
    }

    void measure(FigureTable table) throws Exception {
        var hikari = (HikariDataSource) dataSource;
        var security = SecurityContextHolder.getContextHolderStrategy();
        var context = security.getContext();
        try (var other = new SpringApplicationBuilder(Application.class).profiles("test")
                .properties("server.port=0", "spring.datasource.url=" + hikari.getJdbcUrl(),
                        "spring.datasource.username=" + hikari.getUsername(), "spring.datasource.password=",
                        "spring.jmx.enabled=false")
                .run()) {
            SecurityContextHolder.setContextHolderStrategy(security);
            security.setContext(context);
            var arrived = new ArrayBlockingQueue<Long>(10);
            var registration = other.getBean(LiveUpdates.class).subscribe(MailboxesChanged.class, Runnable::run,
                    event -> arrived.add(System.nanoTime()));
            long one = search.findByAddress(Organisation.address(2)).orElseThrow().id();
            var app = new ArrayList<Double>();
            for (int i = 0; i < 120; i++) {
                arrived.clear();
                long start = System.nanoTime();
                mailboxes.bulk(new BulkAction.SetUmEnabled(i % 2 == 0), BulkTarget.ids(List.of(one)));
                Long at = arrived.poll(5, TimeUnit.SECONDS);
                assertThat(at).as("the other instance heard of the change").isNotNull();
                if (i >= 20) {
                    app.add((at - start) / 1e6);
                }
            }
            registration.remove();
            var sql = new ArrayList<Double>();
            try (var listener = raw.connection(); var st = listener.createStatement()) {
                st.execute("listen benchmark_round_trip");
                for (int i = 0; i < 120; i++) {
                    double millis = raw.notifyRoundTrip(listener, "benchmark_round_trip");
                    if (i >= 20) {
                        sql.add(millis);
                    }
                }
                st.execute("unlisten benchmark_round_trip");
            }
            table.add("cross-instance propagation: change of one mailbox on instance A → event handed to screens on B", app,
                    "a bare NOTIFY → LISTEN round trip between two connections", sql,
                    FigureTable.Target.p95Under(100));
        } finally {
            SecurityContextHolder.setContextHolderStrategy(security);
            security.setContext(context);
        }
    }
}
