package org.migrationtracker.plan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.migrationtracker.plan.CalendarExport;
import org.migrationtracker.plan.CalendarSubscriptions;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;
import org.migrationtracker.base.ui.MenuRoles;
import org.migrationtracker.batch.BatchChanged;
import org.migrationtracker.i18n.Message;
import org.migrationtracker.live.LiveUpdates;
import org.migrationtracker.live.Presence;
import org.migrationtracker.mailbox.MailboxesChanged;
import org.migrationtracker.plan.PlanChanged;
import org.migrationtracker.plan.PlanService;
import org.migrationtracker.plan.Step;
import org.migrationtracker.project.EndpointsChanged;
import org.migrationtracker.project.ProjectSettingsChanged;
import org.migrationtracker.security.CurrentUser;
import org.migrationtracker.security.Role;
import org.migrationtracker.security.TrackerUserName;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The project plan: DOMAIN.md §3's checklist for the chosen method and the timeline of its dates, live. Admins and
 * the lead edit steps; the helpdesk may read the plan from a link (it is not in their menu). {@code /plan/MX_SWITCH}
 * opens a step at once (the dashboard links there).
 */
@Route("plan")
@Menu(title = "nav.plan", order = 30, icon = "icons/plan.svg")
@MenuRoles({Role.ADMIN, Role.LEAD})
@RolesAllowed({Role.Names.ADMIN, Role.Names.LEAD, Role.Names.HELPDESK})
public class PlanView extends VerticalLayout implements HasDynamicTitle, HasUrlParameter<String> {

    final ChecklistPanel checklist = new ChecklistPanel(this::open);
    final TimelinePanel timeline = new TimelinePanel();
    final Paragraph method = new Paragraph();
    private final PlanService plan;
    private final LiveUpdates live;
    private final Presence presence;
    private final Clock clock;
    private final boolean editor;
    private PlanService.Plan shown;
    private @Nullable StepDialog dialog;

    final Button calendar = new Button();

    PlanView(PlanService plan, CurrentUser user, LiveUpdates live, Presence presence, Clock clock,
             CalendarSubscriptions subscriptions, CalendarExport export) {
        this.plan = plan;
        this.live = live;
        this.presence = presence;
        this.clock = clock;
        this.editor = user.hasAnyRole(Role.ADMIN, Role.LEAD);
        setId("plan-view");
        method.setId("plan-method");
        method.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.Margin.NONE);

        var checklistHeading = new H2(getTranslation("plan.checklist"));
        checklistHeading.setId("checklist-heading");
        var checklistPart = new Div(checklistHeading, method, checklist);
        checklistPart.addClassName("plan-checklist-part");
        checklistPart.getStyle().set("flex", "3 1 34rem").set("min-width", "0");
        var timelineHeading = new H2(getTranslation("plan.timeline"));
        timelineHeading.setId("timeline-heading");
        // every user subscribes with their own URL, the helpdesk too
        calendar.setText(getTranslation("plan.calendar.dialog.title"));
        calendar.setIcon(VaadinIcon.CALENDAR.create());
        calendar.setId("plan-calendar");
        calendar.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        calendar.addClickListener(click -> new CalendarSubscriptionDialog(subscriptions, export).open());
        var timelineHeader = new Div(timelineHeading, calendar);
        timelineHeader.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.AlignItems.BASELINE,
                LumoUtility.JustifyContent.BETWEEN, LumoUtility.Gap.MEDIUM);
        var timelinePart = new Div(timelineHeader, timeline);
        timelinePart.addClassName("plan-timeline-part");
        timelinePart.getStyle().set("flex", "2 1 20rem").set("min-width", "0");
        var parts = new Div(checklistPart, timelinePart);
        parts.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.Gap.XLARGE);
        parts.setWidthFull();
        add(parts);
        refresh();
        live.refreshWhileAttached(this, this::refresh, PlanChanged.class, ProjectSettingsChanged.class, BatchChanged.class,
                MailboxesChanged.class, EndpointsChanged.class);
    }

    void refresh() {
        shown = plan.plan();
        var texts = texts();
        Map<String, String> owners = plan.owners().stream()
                .collect(Collectors.toMap(TrackerUserName::username, TrackerUserName::displayName, (a, b) -> a));
        method.setText(getTranslation("plan.for-method", getTranslation("method." + shown.method().name())));
        checklist.show(shown, owners, texts);
        timeline.show(plan.timeline(shown), LocalDate.now(clock), texts);
    }

    private PlanTexts texts() {
        return new PlanTexts(getLocale(), clock.getZone());
    }

    /** Opens a step's dialog; the address says which step, so it can be shared and reloaded. */
    void open(Step step) {
        var item = shown.find(step);
        if (item.isEmpty()) {
            notInPlan(getTranslation(step.messageKey()));
            return;
        }
        if (dialog != null) {
            dialog.close();
        }
        var opened = new StepDialog(plan, item.get(), editor, texts(), clock, live, presence, this::refresh);
        opened.addOpenedChangeListener(change -> {
            if (!change.isOpened()) {
                address(null);
                if (dialog == opened) {
                    dialog = null;
                }
            }
        });
        dialog = opened;
        opened.open();
        address(step);
    }

    private void address(@Nullable Step step) {
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, step == null ? "plan" : "plan/" + step.name()));
    }

    private void notInPlan(String what) {
        Notification.show(Message.of("plan.step-not-in-plan", what).in(getLocale()), 5_000, Notification.Position.MIDDLE)
                .addThemeVariants(NotificationVariant.LUMO_WARNING);
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter @Nullable String parameter) {
        if (parameter == null || parameter.isBlank()) {
            return;
        }
        Step step;
        try {
            step = Step.valueOf(parameter.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException unknown) {
            notInPlan(parameter);
            return;
        }
        open(step);
    }

    /** The dialog open now, for tests. */
    @Nullable StepDialog dialog() {
        return dialog;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("plan.title");
    }
}
