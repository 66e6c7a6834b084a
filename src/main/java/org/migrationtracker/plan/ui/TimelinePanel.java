package org.migrationtracker.plan.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.theme.lumo.LumoUtility;
import org.migrationtracker.base.ui.Badge;
import org.migrationtracker.plan.Milestone;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The milestones in date order, by month: day, time, what happens and its kind; late ones in red and in words,
 * today marked. A milestone of a step opens the step.
 */
class TimelinePanel extends Div {


    TimelinePanel() {
        setId("plan-timeline");
        addClassNames("plan-timeline", LumoUtility.Display.FLEX);
        getStyle().set("flex-direction", "column").set("gap", "var(--lumo-space-xs)");
    }

    void show(List<Milestone> milestones, LocalDate today, PlanTexts texts) {
        removeAll();
        if (milestones.isEmpty()) {
            add(new Paragraph(texts.text("plan.timeline.empty")));
        }
        var months = DateTimeFormatter.ofPattern("LLLL yyyy", texts.locale());
        YearMonth month = null;
        boolean todayShown = false;
        for (var milestone : milestones) {
            if (!todayShown && !milestone.day().isBefore(today)) {
                month = heading(month, YearMonth.from(today), months);
                add(todayMarker(today, texts));
                todayShown = true;
            }
            month = heading(month, YearMonth.from(milestone.day()), months);
            add(row(milestone, today, texts));
        }
        if (!todayShown) {
            heading(month, YearMonth.from(today), months);
            add(todayMarker(today, texts));
        }
    }

    private YearMonth heading(YearMonth shown, YearMonth month, DateTimeFormatter months) {
        if (!month.equals(shown)) {
            var heading = new H4(capitalised(months.format(month)));
            heading.addClassNames(LumoUtility.Margin.Top.SMALL, LumoUtility.Margin.Bottom.NONE);
            add(heading);
        }
        return month;
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private Component todayMarker(LocalDate today, PlanTexts texts) {
        var marker = new Div(new Span(texts.text("plan.today", texts.day(today))));
        marker.setId("timeline-today");
        marker.addClassNames("timeline-today", LumoUtility.TextColor.PRIMARY, LumoUtility.FontWeight.SEMIBOLD,
                LumoUtility.FontSize.SMALL, LumoUtility.Border.TOP, LumoUtility.BorderColor.PRIMARY, LumoUtility.Padding.XSMALL);
        return marker;
    }

    private Component row(Milestone milestone, LocalDate today, PlanTexts texts) {
        var when = new Span(texts.day(milestone.day()) + (milestone.at() == null ? "" : " " + texts.clock(milestone.at())));
        when.addClassNames("milestone-when", LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        when.setMinWidth("8rem");

        var kind = tone(milestone.kind()).of(texts.text("plan.kind." + milestone.kind().name()));
        kind.addComponentAsFirst(icon(milestone.kind()));
        kind.addClassName("milestone-kind");

        String what = milestone.what().in(texts.locale());
        Component whatPart;
        if (milestone.step() != null) {
            var step = milestone.step();
            // a link to the step's own address (it wraps, unlike a button, and opens in a new tab too)
            var link = new Anchor("plan/" + step.name(), what);
            link.getElement().setAttribute("router-link", true);
            link.getElement().setAttribute("title", texts.text(step.messageKey()));
            link.getStyle().set("overflow-wrap", "anywhere");
            whatPart = link;
        } else {
            whatPart = new Span(what);
        }
        var header = new Div(when, kind);
        header.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.AlignItems.BASELINE,
                LumoUtility.Gap.SMALL);
        var row = new Div(header, whatPart);
        row.addClassNames("milestone", LumoUtility.Display.FLEX, LumoUtility.Padding.Vertical.XSMALL,
                LumoUtility.Border.BOTTOM, LumoUtility.BorderColor.CONTRAST_5);
        row.getStyle().set("flex-direction", "column").set("align-items", "flex-start");
        row.getElement().setAttribute("data-uid", milestone.uid());
        if (milestone.late()) {
            row.addClassNames("milestone-late", LumoUtility.TextColor.ERROR);
            if (whatPart instanceof Anchor link) {
                link.addClassNames(LumoUtility.TextColor.ERROR);
            }
            header.add(Badge.ERROR.primary(texts.text("plan.late")));
        }
        if (milestone.day().equals(today)) {
            row.addClassNames("milestone-today", LumoUtility.FontWeight.SEMIBOLD);
        }
        return row;
    }

    private static Badge tone(Milestone.Kind kind) {
        return switch (kind) {
            case BATCH_COMPLETED, STEP_DONE, MX_SWITCH -> Badge.SUCCESS;
            case LICENCE_DEADLINE -> Badge.ERROR;
            case BATCH_PLANNED, STEP_DUE -> Badge.CONTRAST;
            case BATCH_STARTED, MX_WAIT_ENDS -> Badge.PLAIN;
        };
    }

    private static Icon icon(Milestone.Kind kind) {
        var icon = switch (kind) {
            case BATCH_PLANNED -> VaadinIcon.CALENDAR.create();
            case BATCH_STARTED -> VaadinIcon.PLAY.create();
            case BATCH_COMPLETED -> VaadinIcon.FLAG_CHECKERED.create();
            case STEP_DUE -> VaadinIcon.CLOCK.create();
            case STEP_DONE -> VaadinIcon.CHECK.create();
            case MX_SWITCH -> VaadinIcon.ENVELOPE.create();
            case MX_WAIT_ENDS -> VaadinIcon.HOURGLASS.create();
            case LICENCE_DEADLINE -> VaadinIcon.KEY.create();
        };
        icon.getElement().setAttribute("aria-hidden", "true");
        icon.getStyle().set("width", "var(--lumo-icon-size-s)").set("height", "var(--lumo-icon-size-s)")
                .set("padding", "0 var(--lumo-space-xs) 0 0");
        return icon;
    }

    /** The timeline in words, for tests. */
    String text() {
        return getElement().getTextRecursively();
    }
}
