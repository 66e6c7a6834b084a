package org.migrationtracker.live;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.time.Duration;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The live module alone (it depends on no other module) with the database module's embedded PostgreSQL: the relay
 * sends committed events to the other instances with NOTIFY and hands theirs to the open screens.
 */
@Tag("module")
@ApplicationModuleTest(extraIncludes = "database")
@ActiveProfiles("test")
// its own context and embedded PostgreSQL end with the class instead of staying beside the shared one
@DirtiesContext
class LiveModuleTest {

    /** Who views a screen comes from the security module, which this test leaves out. */
    @TestConfiguration
    static class Viewers {

        @Bean
        ViewerIdentity viewerIdentity() {
            return new ViewerIdentity() {
                @Override
                public String username() {
                    return "module-test";
                }

                @Override
                public String roles() {
                    return "";
                }
            };
        }
    }

    /** An event of some feature that other instances' screens must see. */
    record StepRenamed(String step) implements LiveEvent {
    }

    @Autowired
    PgEventRelay relay;

    @Autowired
    LiveUpdates live;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    HikariDataSource dataSource;

    @Test
    void a_committed_live_event_is_sent_to_the_other_instances(Scenario scenario) throws SQLException {
        try (var otherInstance = new Listener(dataSource)) {
            scenario.publish(new StepRenamed("mx-record"))
                    .andWaitForStateChange(otherInstance::payloads)
                    .andVerify(payloads -> assertThat(payloads).singleElement().asString()
                            .contains(StepRenamed.class.getName(), "\"step\":\"mx-record\""));
        }
    }

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void changes_committing_at_once_on_every_pooled_connection_are_all_relayed() throws Exception {
        // each change holds a pooled connection until its commit: relaying must not need a second one
        int changes = dataSource.getMaximumPoolSize();
        var allHoldOne = new CyclicBarrier(changes);
        var transaction = new TransactionTemplate(transactions);
        try (var otherInstance = new Listener(dataSource); var pool = Executors.newFixedThreadPool(changes)) {
            var committed = new ArrayList<Future<?>>();
            for (int i = 0; i < changes; i++) {
                String step = "step-" + i;
                committed.add(pool.submit(() -> transaction.executeWithoutResult(status -> {
                    jdbc.queryForObject("select 1", Integer.class);
                    allArrive(allHoldOne);
                    events.publishEvent(new StepRenamed(step));
                })));
            }
            for (var change : committed) {
                change.get(30, TimeUnit.SECONDS);
            }
            await().atMost(Duration.ofSeconds(10)).until(() -> otherInstance.payloads().size() >= changes);
            assertThat(otherInstance.payloads()).hasSize(changes);
        }
    }

    @Test
    void a_change_that_rolls_back_is_not_relayed_and_one_in_a_read_only_transaction_is() throws SQLException {
        var rolledBack = new TransactionTemplate(transactions);
        var readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);
        try (var otherInstance = new Listener(dataSource)) {
            rolledBack.executeWithoutResult(status -> {
                events.publishEvent(new StepRenamed("rolled-back"));
                status.setRollbackOnly();
            });
            readOnly.executeWithoutResult(status -> events.publishEvent(new StepRenamed("read-only")));
            await().atMost(Duration.ofSeconds(10)).until(() -> !otherInstance.payloads().isEmpty());
            assertThat(otherInstance.payloads()).singleElement().asString().contains("\"step\":\"read-only\"");
        }
    }

    private static void allArrive(CyclicBarrier barrier) {
        try {
            barrier.await(20, TimeUnit.SECONDS);
        } catch (InterruptedException | BrokenBarrierException | TimeoutException failed) {
            throw new IllegalStateException("the changes did not all hold a connection at once", failed);
        }
    }

    @Test
    void an_event_of_another_instance_reaches_the_subscribed_screens(Scenario scenario) {
        await().until(relay::isListening);
        var received = new CopyOnWriteArrayList<StepRenamed>();
        var subscription = live.subscribe(StepRenamed.class, Runnable::run, received::add);
        var payload = """
                {"i":"another-instance","t":"%s","b":{"step":"go-live"}}""".formatted(StepRenamed.class.getName());
        try {
            scenario.stimulate(() -> jdbc.queryForObject("select pg_notify(?, ?)", Object.class, PgEventRelay.CHANNEL, payload))
                    .andWaitForStateChange(() -> List.copyOf(received))
                    .andVerify(events -> assertThat(events).containsExactly(new StepRenamed("go-live")));
        } finally {
            subscription.remove();
        }
    }

    /** A connection listening on the relay's channel, as another instance's relay does. */
    private static final class Listener implements AutoCloseable {

        private final Connection connection;
        private final List<String> payloads = new ArrayList<>();

        Listener(HikariDataSource dataSource) throws SQLException {
            connection = DriverManager.getConnection(dataSource.getJdbcUrl(), dataSource.getUsername(), dataSource.getPassword());
            try (var statement = connection.createStatement()) {
                statement.execute("LISTEN " + PgEventRelay.CHANNEL);
            }
        }

        synchronized List<String> payloads() {
            try {
                var notifications = connection.unwrap(PGConnection.class).getNotifications(100);
                if (notifications != null) {
                    for (var notification : notifications) {
                        payloads.add(notification.getParameter());
                    }
                }
            } catch (SQLException failed) {
                throw new IllegalStateException(failed);
            }
            return List.copyOf(payloads);
        }

        @Override
        public void close() throws SQLException {
            connection.close();
        }
    }
}
