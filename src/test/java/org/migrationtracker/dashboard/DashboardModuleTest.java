package org.migrationtracker.dashboard;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.migrationtracker.batch.BatchChanged;
import org.migrationtracker.live.LiveResync;
import org.migrationtracker.mailbox.MailboxNoteAdded;
import org.migrationtracker.mailbox.MailboxesChanged;
import org.migrationtracker.plan.PlanChanged;
import org.migrationtracker.project.EndpointsChanged;
import org.migrationtracker.project.MigrationMethod;
import org.migrationtracker.project.ProjectSettingsChanged;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The dashboard module with the modules it reads its figures from, on its own embedded PostgreSQL: its shared
 * figures are dropped by the events of those modules, not by calls from them.
 * <p>
 * ALL_DEPENDENCIES, not DIRECT_DEPENDENCIES: the dashboard's direct neighbours (mailbox, batch, project, plan, live)
 * do not start without a module of their own, security ({@code PlanService} needs {@code TrackerUserService}), and
 * security's method security is what makes {@code figures()} a lead's read. Left out: lookup, demo and base's screens.
 */
@Tag("module")
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES, extraIncludes = "database")
@ActiveProfiles("test")
// its own context and embedded PostgreSQL end with the class instead of staying beside the shared one
@DirtiesContext
// the production interval (the shared test configuration shows every change at once)
@TestPropertySource(properties = "tracker.dashboard.refresh-interval=1s")
@WithMockUser(roles = "LEAD")
class DashboardModuleTest {

    @Autowired
    DashboardService dashboard;

    static Stream<Object> changes() {
        return Stream.of(new MailboxesChanged(UUID.randomUUID(), List.of(1L, 2L)),
                new BatchChanged(1, "HR1", UUID.randomUUID()),
                new PlanChanged("mx-record"),
                new ProjectSettingsChanged(MigrationMethod.CUTOVER, true),
                new EndpointsChanged(),
                new LiveResync("reconnected to the database"));
    }

    @ParameterizedTest
    @MethodSource("changes")
    void a_change_elsewhere_drops_the_shared_figures_and_the_next_dashboard_computes_them_again(Object change,
                                                                                                Scenario scenario) {
        var shared = dashboard.figures();
        assertThat(dashboard.figures()).as("figures are shared until a change").isSameAs(shared);
        long computations = dashboard.computationCount();

        scenario.publish(change)
                // figures() is for signed-in leads: poll in the test's thread, which holds the mock user
                .customize(conditions -> conditions.pollInSameThread())
                .andWaitForStateChange(() -> dashboard.figures() != shared)
                .andVerify(recomputed -> assertThat(dashboard.computationCount()).isEqualTo(computations + 1));
    }

    @Test
    void an_event_that_changes_no_figure_keeps_the_shared_figures(Scenario scenario) {
        var shared = dashboard.figures();
        long computations = dashboard.computationCount();

        scenario.publish(new MailboxNoteAdded(1))
                .andWaitForEventOfType(MailboxNoteAdded.class)
                .toArriveAndVerify(note -> {
                    assertThat(dashboard.figures()).isSameAs(shared);
                    assertThat(dashboard.computationCount()).isEqualTo(computations);
                });
    }

    @Test
    @WithMockUser(roles = "HELPDESK")
    void the_module_context_keeps_the_figures_for_leads_and_admins() {
        assertThatThrownBy(dashboard::figures).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void during_a_burst_screens_get_the_last_figures_until_the_interval_passes_then_one_stale_notice_and_fresh_ones(
            Scenario scenario) {
        // figures computed just now, as a screen sees them
        scenario.publish(new BatchChanged(1, "HR1", UUID.randomUUID()))
                .andWaitForEventOfType(BatchChanged.class)
                .toArriveAndVerify(change -> assertThat(dashboard.latest()).isNotNull());
        var shown = dashboard.latest();
        long computations = dashboard.computationCount();
        long changed = System.nanoTime();

        scenario.publish(new MailboxesChanged(UUID.randomUUID(), List.of(1L)))
                .andWaitForEventOfType(MailboxesChanged.class)
                .toArriveAndVerify(change -> {
                    // ten screens asking within the interval: the figures they had, nothing computed for them
                    for (int i = 0; i < 10; i++) {
                        assertThat(dashboard.latest()).isSameAs(shown);
                    }
                    assertThat(dashboard.computationCount()).isEqualTo(computations);
                });
        scenario.stimulate(() -> { })
                .andWaitForEventOfType(DashboardStale.class)
                .toArriveAndVerify(stale -> {
                    assertThat(System.nanoTime() - changed).as("the notice comes when the interval has passed")
                            .isGreaterThanOrEqualTo(dashboard.screenInterval().toNanos() - 100_000_000L);
                    var fresh = dashboard.latest();
                    assertThat(fresh).isNotSameAs(shown);
                    assertThat(dashboard.latest()).as("computed once for every screen").isSameAs(fresh);
                    assertThat(dashboard.computationCount()).isEqualTo(computations + 1);
                });
    }

    @Test
    void figures_are_never_behind_a_change_whatever_the_interval(Scenario scenario) {
        var before = dashboard.figures();

        scenario.publish(new MailboxesChanged(UUID.randomUUID(), List.of(1L)))
                .andWaitForEventOfType(MailboxesChanged.class)
                .toArriveAndVerify(change -> assertThat(dashboard.figures()).isNotSameAs(before));
    }
}
