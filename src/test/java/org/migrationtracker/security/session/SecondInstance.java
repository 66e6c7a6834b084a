package org.migrationtracker.security.session;

import com.zaxxer.hikari.HikariDataSource;
import org.migrationtracker.Application;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

import javax.sql.DataSource;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A second instance of the tracker in the test JVM, on the shared test database, as behind a load balancer; its
 * clock can be moved forward (absolute lifetimes, the once-a-minute registry check) without touching the first's.
 */
public final class SecondInstance implements AutoCloseable {

    private final ConfigurableApplicationContext context;
    private final SecurityContextHolderStrategy strategyOfFirst;
    final MovableClock clock = new MovableClock();

    SecondInstance(DataSource shared) {
        this(shared, "tracker.instance-name=instance-b");
    }

    /** @param properties more settings of this instance ({@code name=value}), e.g. a directory to sign in with */
    public SecondInstance(DataSource shared, String... properties) {
        // the second instance installs its own global security context strategy; the first gets its own back on close
        strategyOfFirst = SecurityContextHolder.getContextHolderStrategy();
        var hikari = (HikariDataSource) shared;
        context = new SpringApplicationBuilder(Application.class)
                .profiles("test")
                .properties("server.port=0", "spring.datasource.url=" + hikari.getJdbcUrl(),
                        "spring.datasource.username=" + hikari.getUsername(), "spring.datasource.password=",
                        "spring.jmx.enabled=false")
                .properties(properties)
                .initializers(app -> app.addBeanFactoryPostProcessor(beans -> {
                    var registry = (BeanDefinitionRegistry) beans;
                    registry.removeBeanDefinition("clock");
                    registry.registerBeanDefinition("clock", new RootBeanDefinition(Clock.class, () -> clock));
                }))
                .run();
        SecurityContextHolder.setContextHolderStrategy(strategyOfFirst);
    }

    public int port() {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    @Override
    public void close() {
        context.close();
        SecurityContextHolder.setContextHolderStrategy(strategyOfFirst);
    }

    /** The system clock plus an offset the test moves forward. */
    static final class MovableClock extends Clock {
        private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

        void advance(Duration by) {
            offset.updateAndGet(current -> current.plus(by));
        }

        /** Back to the present: its once-a-minute sweep must not end the other tests' sessions as 12 hours old. */
        void reset() {
            offset.set(Duration.ZERO);
        }

        @Override
        public Instant instant() {
            return Instant.now().plus(offset.get());
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.systemDefault();
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
