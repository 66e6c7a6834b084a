package org.migrationtracker.live;

import com.zaxxer.hikari.HikariDataSource;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import tools.jackson.databind.json.JsonMapper;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Passes {@link LiveEvent}s between instances that share one PostgreSQL, with {@code NOTIFY}/{@code LISTEN}
 * (docs/adr/0010). After commit, each event is sent as a small JSON payload (type and ids; receivers re-read from
 * the database). A dedicated connection listens; when it breaks (a database restart), it reconnects with backoff,
 * and because notifications sent meanwhile are lost, every open screen reloads once ({@link LiveResync}).
 */
@Component
public class PgEventRelay implements SmartLifecycle {

    public static final String CHANNEL = "tracker_events";
    /** PostgreSQL's NOTIFY payload limit is 8,000 bytes; keep a margin. */
    static final int MAX_PAYLOAD = 7_500;
    private static final Logger log = LoggerFactory.getLogger(PgEventRelay.class);

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;
    private final JsonMapper json;
    private final LiveUpdates live;
    private final String instance = UUID.randomUUID().toString();
    private final AtomicLong sent = new AtomicLong();
    private final AtomicLong received = new AtomicLong();
    private final AtomicLong reconnects = new AtomicLong();
    /** The other instances heard from, each logged the first time. */
    private final java.util.Set<String> heard = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private volatile boolean running;
    private volatile boolean relaying = true;
    private volatile @Nullable Thread listener;
    private volatile @Nullable Connection connection;

    PgEventRelay(DataSource dataSource, JdbcTemplate jdbc, JsonMapper json, LiveUpdates live) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.json = json;
        this.live = live;
    }

    /**
     * Sends an event to the other instances with the change that caused it: NOTIFY is transactional in PostgreSQL,
     * so sent just before the commit on the change's own connection it is delivered exactly when the change commits
     * and never when it rolls back. Taking a second connection after commit instead (while the first is still held)
     * let concurrent changes wait on each other for the pool until they timed out (docs/adr/0043). Published outside
     * a transaction, the event goes at once.
     */
    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void relay(LiveEvent event) {
        if (!relaying) {
            return;
        }
        String payload = payload(event);
        if (payload.getBytes(StandardCharsets.UTF_8).length > MAX_PAYLOAD) {
            payload = payload(event.compact());
        }
        if (payload.getBytes(StandardCharsets.UTF_8).length > MAX_PAYLOAD) {
            payload = json.writeValueAsString(Map.of("i", instance, "t", LiveResync.class.getName(),
                    "b", Map.of("reason", "an event too large to relay")));
        }
        try {
            jdbc.queryForObject("select pg_notify(?, ?)", Object.class, CHANNEL, payload);
            sent.incrementAndGet();
        } catch (RuntimeException failed) {
            // the other instances catch up when their listener reconnects; a refused NOTIFY fails the change with it
            log.warn("Could not relay {} to other instances: {}", event.getClass().getSimpleName(), failed.getMessage());
        }
    }

    private String payload(LiveEvent event) {
        return json.writeValueAsString(Map.of("i", instance, "t", event.getClass().getName(), "b", event));
    }

    private void listen() {
        long backoff = 250;
        boolean first = true;
        while (running) {
            try (Connection con = open()) {
                connection = con;
                try (var statement = con.createStatement()) {
                    statement.execute("LISTEN " + CHANNEL);
                }
                if (!first) {
                    reconnects.incrementAndGet();
                    log.info("Live update relay reconnected to PostgreSQL; open screens reload once");
                    live.deliver(new LiveResync("reconnected to the database"));
                }
                first = false;
                backoff = 250;
                var pg = con.unwrap(PGConnection.class);
                while (running) {
                    var notifications = pg.getNotifications(500);
                    if (notifications == null) {
                        continue;
                    }
                    for (var notification : notifications) {
                        receive(notification.getParameter());
                    }
                }
            } catch (SQLException | RuntimeException broken) {
                if (!running) {
                    return;
                }
                log.warn("Live update relay lost its database connection ({}); retrying in {} ms", broken.getMessage(), backoff);
                sleep(backoff);
                backoff = Math.min(5_000, backoff * 2);
            } finally {
                connection = null;
            }
        }
    }

    private Connection open() throws SQLException {
        // a connection of its own, outside the pool: it is held for as long as the application runs
        if (dataSource instanceof HikariDataSource hikari) {
            // the pool's driver settings (connect timeout, TCP keepalive) apply to the listener too
            var properties = new Properties();
            properties.putAll(hikari.getDataSourceProperties());
            properties.remove("socketTimeout"); // it waits for notifications, possibly for hours
            if (hikari.getUsername() != null) {
                properties.setProperty("user", hikari.getUsername());
            }
            if (hikari.getPassword() != null) {
                properties.setProperty("password", hikari.getPassword());
            }
            return DriverManager.getConnection(hikari.getJdbcUrl(), properties);
        }
        return dataSource.getConnection();
    }

    void receive(String payload) {
        try {
            var tree = json.readTree(payload);
            String from = tree.path("i").asString();
            if (instance.equals(from)) {
                return;
            }
            if (heard.add(from)) {
                log.info("Live updates: heard instance {} on the relay ({} other instance(s) so far)", from, heard.size());
            }
            String type = tree.path("t").asString();
            if (!type.startsWith("org.migrationtracker.")) {
                return;
            }
            Class<?> eventClass = Class.forName(type);
            if (!LiveEvent.class.isAssignableFrom(eventClass) && eventClass != LiveResync.class) {
                return;
            }
            Object event = json.treeToValue(tree.path("b"), eventClass);
            received.incrementAndGet();
            live.deliver(event);
        } catch (ClassNotFoundException | RuntimeException unreadable) {
            log.warn("Ignored a live update from another instance that could not be read: {}", unreadable.getMessage());
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** This instance's name on the relay: the other instances' logs name it when they first hear from it. */
    public String instance() {
        return instance;
    }

    /** Figures for the benchmark and the tests. */
    public long sentCount() {
        return sent.get();
    }

    public long receivedCount() {
        return received.get();
    }

    public long reconnectCount() {
        return reconnects.get();
    }

    /** Switches sending off and on (the benchmark measures what NOTIFY costs). */
    public void setRelaying(boolean relaying) {
        this.relaying = relaying;
    }

    /** Whether the listener is connected now. */
    public boolean isListening() {
        return connection != null;
    }

    @Override
    public void start() {
        running = true;
        var thread = new Thread(this::listen, "live-relay-listener");
        thread.setDaemon(true);
        listener = thread;
        thread.start();
    }

    @Override
    public void stop() {
        running = false;
        var thread = listener;
        var con = connection;
        if (con != null) {
            try {
                con.close();
            } catch (SQLException ignored) {
                // closing anyway
            }
        }
        if (thread != null) {
            thread.interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        // stop before the data source closes
        return Integer.MAX_VALUE - 100;
    }
}
