package org.migrationtracker.plan.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.migrationtracker.IntegrationTest;
import org.migrationtracker.dashboard.DashboardService;
import org.migrationtracker.dashboard.ui.DashboardView;
import org.migrationtracker.plan.PlanService;
import org.migrationtracker.plan.Step;
import org.migrationtracker.plan.StepChange;
import org.migrationtracker.plan.StepStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The lead's dashboard shows the plan: late steps and the next ones due, each linking to its step. */
@IntegrationTest
@WithMockUser(username = "lena", roles = "LEAD")
class PlanDashboardCardTest extends SpringBrowserlessTest {

    @Autowired PlanService plan;
    @Autowired DashboardService dashboard;
    @Autowired JdbcTemplate jdbc;
    private PlanTestData data;

    @BeforeEach
    void staged() {
        data = new PlanTestData(jdbc);
        jdbc.update("update migration_project set method = 'STAGED'");
    }

    @AfterEach
    void restore() {
        data.restore();
    }

    @Test
    void a_late_step_and_the_next_due_are_listed_with_links_to_their_steps() {
        plan.update(Step.LOWER_MX_TTL, 0, new StepChange(StepStatus.OPEN, null, LocalDate.now().minusDays(1), "", Map.of()));
        plan.update(Step.WELCOME_LETTER, 0, new StepChange(StepStatus.OPEN, null, LocalDate.now().plusDays(10), "", Map.of()));

        // the dashboard's shared figures are dropped when the plan's change arrives (after the commit)
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (dashboard.figures().lateSteps().stream().noneMatch(i -> i.step() == Step.LOWER_MX_TTL) && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        navigate(PlanView.class); // the home route may be a dashboard built before the change: open a fresh one
        navigate(DashboardView.class);
        var card = find(Div.class).withId("plan-steps").single();

        assertThat(card.getElement().getTextRecursively()).contains("One step is late", "Lower the MX record's TTL · was due",
                "Next steps due", "Send users the welcome letter");
        var links = find(Anchor.class).from(card).all().stream().map(Anchor::getHref).toList();
        assertThat(links).contains("plan/LOWER_MX_TTL", "plan/WELCOME_LETTER", "plan");
    }
}
