package org.migrationtracker.live;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.server.VaadinSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.migrationtracker.IntegrationTest;
import org.migrationtracker.UiEventually;
import org.migrationtracker.dashboard.ui.DashboardView;
import org.migrationtracker.lookup.ui.LookupView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Presence shows who is there now: each person once, never the viewer, and nobody who closed their screen. */
@IntegrationTest
@WithMockUser(username = "ada", roles = "ADMIN")
class PresenceLeavingTest extends SpringBrowserlessTest {

    private static final String TOPIC = "mailbox:4711";

    @Autowired Presence presence;
    @Autowired LiveUpdates live;
    @Autowired JdbcTemplate jdbc;

    @BeforeEach
    void nobodyThere() {
        jdbc.execute("truncate presence");
    }

    private List<String> present(String topic) {
        return presence.viewers(topic).stream().map(Viewer::username).toList();
    }

    @Test
    void a_person_with_two_tabs_open_is_shown_once_while_either_is_open() {
        var view = navigate(DashboardView.class);
        var bar = new PresenceBar(presence, live, TOPIC);
        view.add(bar);
        var firstTab = presence.enter(TOPIC, "harry", "HELPDESK", "harry's session", Instant::now);
        var secondTab = presence.enter(TOPIC, "harry", "HELPDESK", "harry's session", Instant::now);

        assertThat(UiEventually.eventually(() -> bar.shownNames().equals(List.of("harry (Helpdesk)")))).isTrue();

        firstTab.leave().remove();
        bar.show();
        assertThat(bar.shownNames()).as("the second tab is still open").containsExactly("harry (Helpdesk)");

        secondTab.leave().remove();
        assertThat(UiEventually.eventually(() -> !bar.isVisible())).isTrue();
    }

    @Test
    void the_viewer_is_not_shown_to_themselves_even_from_another_tab() {
        var view = navigate(DashboardView.class);
        var bar = new PresenceBar(presence, live, TOPIC);
        view.add(bar);
        presence.enter(TOPIC, "ada", "ADMIN", "ada's other browser", Instant::now);
        presence.enter(TOPIC, "harry", "HELPDESK", "harry's session", Instant::now);
        presence.enter("batch:Finance1", "ada", "ADMIN", "ada's other browser", Instant::now);

        assertThat(UiEventually.eventually(() -> bar.shownNames().equals(List.of("harry (Helpdesk)")))).isTrue();
        assertThat(present(TOPIC)).as("everyone there, once each").containsExactlyInAnyOrder("ada", "harry");
        assertThat(presence.othersByPrefix("batch:", "ada")).as("the batch board as ada sees it").isEmpty();
        assertThat(presence.othersByPrefix("batch:", "harry").get("batch:Finance1")).extracting(Viewer::username)
                .containsExactly("ada");
    }

    @Test
    void closing_a_dialog_ends_its_presence_and_opening_it_again_enters_again() {
        var view = navigate(DashboardView.class);
        var bar = new PresenceBar(presence, live, TOPIC);
        var dialog = new Dialog(bar);
        view.add(dialog);
        assertThat(present(TOPIC)).as("a dialog not yet open").isEmpty();

        dialog.open();
        assertThat(present(TOPIC)).containsExactly("ada");

        dialog.close();
        assertThat(present(TOPIC)).isEmpty();
        assertThat(bar.isPresent()).isFalse();

        dialog.open();
        assertThat(present(TOPIC)).containsExactly("ada");
    }

    @Test
    void navigating_away_ends_the_presence_of_the_screen_left() {
        var view = navigate(DashboardView.class);
        view.add(new PresenceBar(presence, live, TOPIC));
        assertThat(present(TOPIC)).containsExactly("ada");

        navigate(LookupView.class);

        assertThat(present(TOPIC)).isEmpty();
    }

    @Test
    void a_closed_tab_ends_its_presence_when_vaadin_removes_its_ui() {
        var view = navigate(DashboardView.class);
        view.add(new PresenceBar(presence, live, TOPIC));
        var ui = UI.getCurrent();

        // what Vaadin does for the tab's unload beacon, or after its missed heartbeats
        ui.close();
        ui.getSession().removeUI(ui);

        assertThat(present(TOPIC)).isEmpty();
    }

    @Test
    void an_ended_session_ends_every_presence_it_had_and_no_one_elses() {
        var view = navigate(DashboardView.class);
        view.add(new PresenceBar(presence, live, TOPIC));
        var session = VaadinSession.getCurrent();
        // a part of the session whose screen has not been detached: only the session's end removes it
        presence.enter("batch:Finance1", "ada", "ADMIN", PresenceBar.sessionKey(session), Instant::now);
        presence.enter(TOPIC, "harry", "HELPDESK", "harry's session", Instant::now);
        assertThat(present(TOPIC)).containsExactlyInAnyOrder("ada", "harry");

        session.getService().fireSessionDestroy(session);
        session.getService().runPendingAccessTasks(session);

        assertThat(present(TOPIC)).containsExactly("harry");
        assertThat(present("batch:Finance1")).isEmpty();
    }
}
