package org.migrationtracker.plan.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.theme.lumo.LumoUtility;
import org.jspecify.annotations.Nullable;
import org.migrationtracker.base.ui.Badge;
import org.migrationtracker.i18n.Dates;
import org.migrationtracker.i18n.Message;
import org.migrationtracker.plan.PlanItem;
import org.migrationtracker.plan.StepCheck;
import org.migrationtracker.plan.StepField;
import org.migrationtracker.plan.StepRules;
import org.migrationtracker.plan.StepStatus;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** How the plan's screens write a step's status, check, dates and values: one place, so they all say the same. */
final class PlanTexts {

    private final Locale locale;
    private final ZoneId zone;

    PlanTexts(Locale locale, ZoneId zone) {
        this.locale = locale;
        this.zone = zone;
    }

    Locale locale() {
        return locale;
    }

    ZoneId zone() {
        return zone;
    }

    String text(String key, Object... args) {
        return Message.of(key, args).in(locale);
    }

    String day(LocalDate day) {
        return Dates.day(day, locale);
    }

    String time(Instant at) {
        return Dates.time(at, locale, zone);
    }

    String clock(Instant at) {
        return DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale).withZone(zone).format(at);
    }

    /** The status as a badge: done (by the tracker, when its own check is met), in progress, open, not applicable. */
    Span statusBadge(PlanItem item) {
        var tone = switch (item.status()) {
            case DONE -> Badge.SUCCESS;
            case IN_PROGRESS -> Badge.PLAIN;
            case NOT_APPLICABLE -> Badge.CONTRAST;
            case OPEN -> item.late() ? Badge.ERROR : Badge.CONTRAST;
        };
        var badge = tone.of(item.doneByTracker() ? text("plan.status.done-by-tracker") : text(item.status().messageKey()));
        badge.addClassName("step-status");
        return badge;
    }

    /** What the tracker finds by itself: a warning in the warning colour, a met check in green, the rest plain. */
    @Nullable Component check(PlanItem item) {
        var check = item.check();
        if (check == null) {
            return null;
        }
        var says = new Span(check.says().in(locale));
        says.addClassNames("step-check", LumoUtility.FontSize.SMALL, switch (check.outcome()) {
            case WARNING -> LumoUtility.TextColor.WARNING;
            case MET -> LumoUtility.TextColor.SUCCESS;
            case INFO -> LumoUtility.TextColor.SECONDARY;
        });
        says.getElement().setAttribute("data-outcome", check.outcome().name());
        if (check.outcome() == StepCheck.Outcome.WARNING) {
            says.getElement().setAttribute("role", "status");
        }
        return says;
    }

    /** A value as people read it: a time in the reader's zone, yes or no, a number or a host as written. */
    String value(StepField field, @Nullable String value) {
        if (value == null || value.isBlank()) {
            return "–";
        }
        return switch (field.kind()) {
            case TIME -> StepRules.time(value).map(this::time).orElse(value);
            case YES_NO -> text("true".equals(value) ? "plan.yes" : "plan.no");
            case HOST, SECONDS -> value;
        };
    }

    /** The step's values in one line: "Exchange server (FQDN): exch.corp.contoso.com · MX TTL (seconds): 3600". */
    String values(Map<StepField, String> values) {
        return values.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> text(e.getKey().messageKey()) + ": " + value(e.getKey(), e.getValue()))
                .collect(Collectors.joining(" · "));
    }

    /** A history entry's value: a status in words, a field's value as {@link #value} writes it. */
    String historyValue(String field, @Nullable String value) {
        if (value == null) {
            return "–";
        }
        if (field.equals("status")) {
            try {
                return text(StepStatus.valueOf(value).messageKey());
            } catch (IllegalArgumentException unknown) {
                return value;
            }
        }
        if (field.equals("dueOn")) {
            try {
                return day(LocalDate.parse(value));
            } catch (DateTimeParseException unknown) {
                return value;
            }
        }
        for (var known : StepField.values()) {
            if (known.name().equals(field)) {
                return value(known, value);
            }
        }
        return value;
    }

    String historyField(String field) {
        for (var known : StepField.values()) {
            if (known.name().equals(field)) {
                return text(known.messageKey());
            }
        }
        return switch (field) {
            case "status" -> text("plan.status");
            case "owner" -> text("plan.owner");
            case "dueOn" -> text("plan.due");
            case "note" -> text("plan.note");
            default -> field;
        };
    }
}
