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
}
