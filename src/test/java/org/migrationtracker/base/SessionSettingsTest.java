package org.migrationtracker.base;

import com.vaadin.flow.server.VaadinServlet;
import org.junit.jupiter.api.Test;
import org.migrationtracker.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.core.env.Environment;

import static org.assertj.core.api.Assertions.assertThat;

/** Abandoned tabs are released: the numbers the README states are the ones the running servlet uses. */
@IntegrationTest
class SessionSettingsTest {

    @Autowired ServletRegistrationBean<? extends VaadinServlet> vaadin;
    @Autowired Environment environment;

    @Test
    void heartbeats_every_minute_close_idle_sessions_and_a_30_minute_session_timeout() {
        var configuration = vaadin.getServlet().getService().getDeploymentConfiguration();

        assertThat(configuration.getHeartbeatInterval()).isEqualTo(60);
        assertThat(configuration.isCloseIdleSessions()).isTrue();
        assertThat(environment.getProperty("server.servlet.session.timeout")).isEqualTo("30m");
    }
}
