package org.migrationtracker.plan.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.migrationtracker.IntegrationTest;
import org.migrationtracker.UiEventually;
import org.migrationtracker.mailbox.MailboxTestData;
import org.migrationtracker.plan.PlanService;
import org.migrationtracker.plan.Step;
import org.migrationtracker.plan.StepChange;
import org.migrationtracker.plan.StepField;
import org.migrationtracker.plan.StepStatus;
import org.migrationtracker.security.Role;
import org.migrationtracker.security.TrackerUserService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.migrationtracker.ShownAsText.MARKUP;
import static org.migrationtracker.ShownAsText.assertShownLiterally;

@IntegrationTest
@WithMockUser(username = "lena", roles = "LEAD")
class PlanViewTest extends SpringBrowserlessTest {

    @Autowired PlanService plan;
    @Autowired TrackerUserService users;
    @Autowired JdbcTemplate jdbc;
    private PlanTestData data;

    @BeforeEach
    void staged() {
        data = new PlanTestData(jdbc);
        jdbc.update("update migration_project set method = 'STAGED', mx_points_to_cloud = false, mx_changed_at = null");
    }

    @AfterEach
    void restore() {
        data.restore();
    }

    @Test
    void the_lead_sets_owner_due_day_ttl_and_done_on_a_step_and_it_is_saved_and_shown() {
        String owner = plan.owners().getFirst().username();
        var due = LocalDate.now().plusDays(3);
        var view = navigate(PlanView.class);
        test(find(Button.class).from(view.checklist).withId("open-LOWER_MX_TTL").single()).click();
        var dialog = find(StepDialog.class).single();
        assertThat(dialog).isNotNull();
        assertThat(dialog.getHeaderTitle()).isEqualTo("Lower the MX record's TTL");

        dialog.owner.setValue(owner);
        dialog.dueOn.setValue(due);
        dialog.values.<Integer>input(StepField.MX_TTL_SECONDS).setValue(3600);
        dialog.status.setValue(StepStatus.DONE);
        test(dialog.save).click();

        assertThat(dialog.isOpened()).as("closed after saving").isFalse();
        var record = plan.plan().item(Step.LOWER_MX_TTL).record();
        assertThat(record.status()).isEqualTo(StepStatus.DONE);
        assertThat(record.owner()).isEqualTo(owner);
        assertThat(record.dueOn()).isEqualTo(due);
        assertThat(record.value(StepField.MX_TTL_SECONDS)).isEqualTo("3600");
        assertThat(record.doneAt()).isNotNull();
        assertThat(plan.history(Step.LOWER_MX_TTL)).extracting(h -> h.field()).contains("status", "owner", "dueOn", "MX_TTL_SECONDS");
        assertThat(view.checklist.text()).contains("MX TTL (seconds): 3600");
    }

    @Test
    @WithMockUser(username = "harry", roles = "HELPDESK")
    void the_helpdesk_reads_the_plan_and_its_steps_without_a_save_button_and_the_service_refuses_it_a_change() {
        var view = navigate(PlanView.class);

        assertThat(view.checklist.text()).contains("Preparation", "Verify the domain in Microsoft 365", "Point the MX record to Microsoft 365");
        assertThat(view.timeline.getId()).hasValue("plan-timeline");
        view.open(Step.OUTLOOK_ANYWHERE);
        var dialog = find(StepDialog.class).single();
        assertThat(dialog).isNotNull();
        assertThat(dialog.save.getParent()).as("no save button for readers").isEmpty();
        assertThat(dialog.status.isReadOnly()).isTrue();
        assertThat(dialog.owner.isReadOnly()).isTrue();
        assertThat(dialog.values.inputs().get(StepField.EXCHANGE_SERVER).isReadOnly()).isTrue();
        assertThat(dialog.getElement().getTextRecursively()).contains("You can read the plan");

        assertThatThrownBy(() -> plan.update(Step.OUTLOOK_ANYWHERE, 0,
                new StepChange(StepStatus.IN_PROGRESS, null, null, "", Map.of()))).isInstanceOf(AccessDeniedException.class);
        assertThat(jdbc.queryForObject("select count(*) from plan_step", Integer.class)).isZero();
    }

    @Test
    @WithMockUser(username = "harry", roles = "HELPDESK")
    void the_helpdesk_makes_its_own_calendar_subscription_from_the_plan() {
        jdbc.update("delete from calendar_subscription where username = 'harry'");
        var view = navigate(PlanView.class);

        test(view.calendar).click();
        var dialog = find(CalendarSubscriptionDialog.class).single();
        assertThat(dialog.getHeaderTitle()).isEqualTo("Calendar in Outlook");
        test(dialog.renew).click();

        assertThat(dialog.url.getValue()).contains("/calendar/").endsWith(".ics");
        assertThat(jdbc.queryForObject("select count(*) from calendar_subscription where username = 'harry'", Integer.class))
                .isEqualTo(1);
        jdbc.update("delete from calendar_subscription where username = 'harry'");
    }

    @Test
    void bad_host_names_are_refused_each_at_its_field_at_once_the_dialog_stays_open_and_nothing_is_saved() {
        var view = navigate(PlanView.class);
        view.open(Step.OUTLOOK_ANYWHERE);
        var dialog = find(StepDialog.class).single();

        dialog.values.<String>input(StepField.EXCHANGE_SERVER).setValue("bad host!");
        dialog.values.<String>input(StepField.RPC_PROXY_SERVER).setValue("no_underscores");
        dialog.status.setValue(StepStatus.IN_PROGRESS);
        test(dialog.save).click();

        assertThat(dialog.isOpened()).isTrue();
        var server = (TextField) dialog.values.inputs().get(StepField.EXCHANGE_SERVER);
        var proxy = (TextField) dialog.values.inputs().get(StepField.RPC_PROXY_SERVER);
        assertThat(server.isInvalid()).isTrue();
        assertThat(server.getErrorMessage()).isEqualTo("Exchange server (FQDN): bad host! is not a host name such as mail.contoso.com");
        assertThat(proxy.isInvalid()).as("every invalid field at once").isTrue();
        assertThat(proxy.getErrorMessage()).contains("no_underscores is not a host name");
        assertThat(dialog.problems.isVisible()).as("said at the fields, not listed twice").isFalse();
        assertThat(jdbc.queryForObject("select count(*) from plan_step where step = 'OUTLOOK_ANYWHERE'", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from plan_step_history", Integer.class)).isZero();
    }

    @Test
    void the_mx_switch_done_from_its_deep_link_records_the_projects_mx_record() {
        var at = Instant.now().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MINUTES);
        var view = navigate("plan/MX_SWITCH", PlanView.class);
        var dialog = find(StepDialog.class).single();
        assertThat(dialog).as("the deep link opens the step").isNotNull();
        assertThat(dialog.getHeaderTitle()).isEqualTo("Point the MX record to Microsoft 365");

        dialog.status.setValue(StepStatus.DONE);
        assertThat(dialog.values.<LocalDateTime>input(StepField.MX_SWITCHED_AT).getValue()).as("done offers now").isNotNull();
        dialog.values.<LocalDateTime>input(StepField.MX_SWITCHED_AT).setValue(LocalDateTime.ofInstant(at, ZoneId.systemDefault()));
        test(dialog.save).click();

        assertThat(dialog.isOpened()).isFalse();
        assertThat(jdbc.queryForObject("select mx_points_to_cloud from migration_project", Boolean.class)).isTrue();
        assertThat(jdbc.queryForObject("select mx_changed_at from migration_project", Timestamp.class).toInstant()).isEqualTo(at);
        assertThat(plan.plan().item(Step.MX_SWITCH).status()).isEqualTo(StepStatus.DONE);
        assertThat(view.timeline.text()).contains("MX record pointed to Microsoft 365", "72 hours after the MX switch");
    }

    @Test
    void the_mx_switch_marked_done_without_its_time_shows_one_error_at_the_time_field_and_saves_nothing() {
        navigate("plan/MX_SWITCH", PlanView.class);
        var dialog = find(StepDialog.class).single();
        dialog.status.setValue(StepStatus.DONE);
        var time = (com.vaadin.flow.component.datetimepicker.DateTimePicker) dialog.values.inputs().get(StepField.MX_SWITCHED_AT);
        time.clear();

        test(dialog.save).click();

        assertThat(dialog.isOpened()).as("nothing saved: the dialog stays").isTrue();
        assertThat(time.isInvalid()).isTrue();
        assertThat(time.getErrorMessage()).isEqualTo("say when the MX record was pointed to Microsoft 365");
        assertThat(dialog.problems.isVisible()).as("the one problem is at its field, not listed again").isFalse();
        assertThat(find(com.vaadin.flow.component.notification.Notification.class).all()).as("no saved toast").isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from plan_step where step = 'MX_SWITCH'", Integer.class)).isZero();
    }

    @Test
    void a_late_step_is_red_and_says_late_in_the_checklist_and_on_the_timeline() {
        plan.update(Step.TELL_USERS, 0, new StepChange(StepStatus.IN_PROGRESS, null, LocalDate.now().minusDays(2), "", Map.of()));
        var view = navigate(PlanView.class);

        var row = view.checklist.getChildren().filter(c -> c.getId().orElse("").equals("step-TELL_USERS")).findFirst().orElseThrow();
        assertThat(row.getElement().getTextRecursively()).contains("Late: was due");
        assertThat(row.getElement().getClassList()).as("a red frame").contains("border-error");
        assertThat(view.timeline.text()).contains("Late: Tell users about the coming change", "Today");
        assertThat(view.timeline.getChildren().filter(c -> c.getElement().getClassList().contains("milestone-late")).count())
                .isEqualTo(1);
    }

    @Test
    void a_milestone_of_a_step_links_to_the_steps_own_address_which_opens_it() {
        plan.update(Step.WELCOME_LETTER, 0, new StepChange(StepStatus.OPEN, null, LocalDate.now().plusDays(4), "", Map.of()));
        var view = navigate(PlanView.class);

        var link = find(Anchor.class).from(view.timeline).all().stream()
                .filter(a -> a.getText().equals("Due: Send users the welcome letter")).findFirst().orElseThrow();
        assertThat(link.getHref()).isEqualTo("plan/WELCOME_LETTER");

        navigate("plan/WELCOME_LETTER", PlanView.class);
        assertThat(find(StepDialog.class).single().getHeaderTitle()).isEqualTo("Send users the welcome letter");
    }

    @Test
    void a_step_the_method_does_not_need_is_kept_marked_when_someone_worked_on_it() {
        jdbc.update("update migration_project set method = 'CUTOVER'");
        plan.update(Step.DIRSYNC_OFF, 0, new StepChange(StepStatus.IN_PROGRESS, null, null, "started before the switch to staged", Map.of()));
        jdbc.update("update migration_project set method = 'STAGED'");
        var view = navigate(PlanView.class);

        var row = find(Div.class).from(view.checklist).withId("step-DIRSYNC_OFF").single();
        assertThat(row.getClassNames()).contains("step-not-applicable");
        assertThat(row.getElement().getTextRecursively()).contains("Turn directory synchronisation off", "Not applicable",
                "Not needed for Staged: kept because it was worked on");
        assertThat(view.checklist.text()).doesNotContain("Create the mail-enabled security groups in the cloud");
    }

    @Test
    void a_step_saved_in_another_session_shows_in_the_open_plan_at_once() throws Exception {
        var view = navigate(PlanView.class);
        assertThat(find(Div.class).from(view.checklist).withId("step-TELL_USERS").single()
                .getElement().getTextRecursively()).doesNotContain("In progress");

        CompletableFuture.runAsync(() -> MailboxTestData.asAdmin(() ->
                plan.update(Step.TELL_USERS, 0, new StepChange(StepStatus.IN_PROGRESS, null, null, "", Map.of()))))
                .get();

        assertThat(UiEventually.eventually(() -> find(Div.class)
                .from(view.checklist).withId("step-TELL_USERS").single().getElement().getTextRecursively().contains("In progress")))
                .isTrue();
    }

    @Test
    @WithMockUser(username = "ada", roles = "ADMIN")
    void a_steps_owner_name_and_note_holding_markup_are_shown_as_text() {
        String owner = "p" + UUID.randomUUID().toString().substring(0, 8);
        users.create(owner, MARKUP, EnumSet.of(Role.LEAD), "a-long-password-for-markup");
        plan.update(Step.TELL_USERS, 0, new StepChange(StepStatus.IN_PROGRESS, owner, null, MARKUP, Map.of()));

        var view = navigate(PlanView.class);
        assertThat(view.checklist.text()).contains(": " + MARKUP);
        assertShownLiterally(view.checklist);

        view.open(Step.TELL_USERS);
        var dialog = find(StepDialog.class).single();
        assertThat(dialog.note.getValue()).isEqualTo(MARKUP);
        assertShownLiterally(dialog);
        var history = test(dialog.history);
        assertThat(IntStream.range(0, history.size()).mapToObj(row -> history.getCellText(row, 3)))
                .anySatisfy(change -> assertThat(change).endsWith("→ " + MARKUP));
    }
}
