package org.migrationtracker.base;

import com.vaadin.flow.server.VaadinServlet;
import org.junit.jupiter.api.Test;
import org.migrationtracker.IntegrationTest;
import org.migrationtracker.live.Presence;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.core.env.Environment;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** Abandoned tabs are released: the numbers the README states are the ones the running servlet uses. */
@IntegrationTest
class SessionSettingsTest {

    @Autowired ServletRegistrationBean<? extends VaadinServlet> vaadin;
    @Autowired Environment environment;
    @Autowired Presence presence;

    @Test
    void heartbeats_every_15_seconds_close_idle_sessions_and_a_30_minute_session_timeout() {
        var configuration = vaadin.getServlet().getService().getDeploymentConfiguration();

        assertThat(configuration.getHeartbeatInterval()).isEqualTo(15);
        assertThat(configuration.isCloseIdleSessions()).isTrue();
        assertThat(environment.getProperty("server.servlet.session.timeout")).isEqualTo("30m");
    }

    @Test
    void presence_forgets_a_lost_tab_after_two_missed_heartbeats_and_one_refresh() {
        assertThat(presence.expiry()).isEqualTo(Duration.ofSeconds(40));
    }
}
