package org.migrationtracker.statements;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.util.DriverDataSource;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Only for the test that imports it (a Spring context of its own): the pool's connections come from a
 * datasource-proxy that reports every statement to the {@link StatementLog}. The pool itself stays the application's
 * {@link HikariDataSource} with its settings, so whatever looks at the pool (the live-update relay opens its own
 * connection from the pool's URL) behaves as in every other test.
 */
@TestConfiguration(proxyBeanMethods = false)
class StatementCountConfiguration {

    @Bean
    static StatementLog statementLog() {
        return new StatementLog();
    }

    @Bean
    static BeanPostProcessor countingConnections(ObjectProvider<StatementLog> log) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (bean instanceof HikariDataSource pool && pool.getDataSource() == null) {
                    // what Hikari would build from its URL itself, wrapped; set before the pool starts on first use
                    var driver = new DriverDataSource(pool.getJdbcUrl(), pool.getDriverClassName(),
                            pool.getDataSourceProperties(), pool.getUsername(), pool.getPassword());
                    pool.setDataSource(ProxyDataSourceBuilder.create(driver).name("counted")
                            .listener(log.getObject()).build());
                }
                return bean;
            }
        };
    }
}
