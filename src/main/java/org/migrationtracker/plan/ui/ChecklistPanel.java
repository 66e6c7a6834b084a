package org.migrationtracker.plan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.theme.lumo.LumoUtility;
import org.migrationtracker.base.ui.Badge;
import org.migrationtracker.plan.Phase;
import org.migrationtracker.plan.PlanItem;
import org.migrationtracker.plan.PlanService;
import org.migrationtracker.plan.Step;

import java.util.Map;
import java.util.function.Consumer;

/**
 * The checklist by phase, in the seeds' order: each step with its status, owner, due day, the tracker's own check
 * and its values. A step opens in its dialog.
 */
class ChecklistPanel extends Div {

    private final Consumer<Step> open;

    ChecklistPanel(Consumer<Step> open) {
        this.open = open;
        setId("plan-checklist");
        addClassNames(LumoUtility.Display.FLEX, "plan-checklist");
        getStyle().set("flex-direction", "column").set("gap", "var(--lumo-space-s)");
    }

    void show(PlanService.Plan plan, Map<String, String> ownerNames, PlanTexts texts) {
        removeAll();
        for (var phase : Phase.values()) {
            var items = plan.items().stream().filter(i -> i.step().phase() == phase).toList();
            if (items.isEmpty()) {
                continue;
            }
            var heading = new H3(texts.text(phase.messageKey()));
            heading.setId("phase-" + phase.name());
            heading.addClassNames(LumoUtility.Margin.Top.MEDIUM, LumoUtility.Margin.Bottom.XSMALL);
            add(heading);
            items.forEach(item -> add(row(item, plan, ownerNames, texts)));
        }
    }

    private Div row(PlanItem item, PlanService.Plan plan, Map<String, String> ownerNames, PlanTexts texts) {
        var step = item.step();
        var title = new Button(texts.text(step.messageKey()), click -> open.accept(step));
        title.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        title.addClassNames("step-title", LumoUtility.FontWeight.SEMIBOLD);
        title.setId("open-" + step.name());

        var header = new Div(title, texts.statusBadge(item));
        header.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.AlignItems.BASELINE,
                LumoUtility.Gap.SMALL);
        if (item.optional()) {
            header.add(Badge.CONTRAST.pill(texts.text("plan.optional")));
        }
        if (!item.applies()) {
            header.add(Badge.CONTRAST.of(texts.text("plan.not-for-method", texts.text("method." + plan.method().name()))));
        }
        if (item.late()) {
            header.add(Badge.ERROR.primary(texts.text("plan.late")));
        }

        var help = new Span(texts.text(step.messageKey() + ".help"));
        help.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);

        var facts = new Div();
        facts.addClassNames("step-facts", LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.Gap.MEDIUM,
                LumoUtility.FontSize.SMALL);
        String owner = item.record().owner();
        facts.add(new Span(texts.text("plan.owner") + ": "
                + (owner == null ? texts.text("plan.owner.none") : ownerNames.getOrDefault(owner, owner))));
        if (item.dueOn() != null) {
            var due = new Span(item.late() ? texts.text("plan.due-late", texts.day(item.dueOn()))
                    : texts.text("plan.due-on", texts.day(item.dueOn())));
            due.addClassName("step-due");
            if (item.late()) {
                due.addClassNames(LumoUtility.TextColor.ERROR, LumoUtility.FontWeight.SEMIBOLD);
            }
            facts.add(due);
        }
        if (item.doneAt() != null) {
            facts.add(new Span(texts.text("plan.done-when", texts.time(item.doneAt()))));
        }
        if (!item.record().values().isEmpty()) {
            var values = new Span(texts.values(item.record().values()));
            values.addClassName("step-values");
            facts.add(values);
        }

        var row = new Div(header, help, facts);
        var check = texts.check(item);
        if (check != null) {
            row.add(check);
        }
        row.setId("step-" + step.name());
        row.addClassNames("plan-step", LumoUtility.Display.FLEX, LumoUtility.Padding.SMALL, LumoUtility.BorderRadius.MEDIUM,
                LumoUtility.Border.ALL, item.late() ? LumoUtility.BorderColor.ERROR : LumoUtility.BorderColor.CONTRAST_10);
        if (!item.applies()) {
            row.addClassNames("step-not-applicable", LumoUtility.Background.CONTRAST_5);
            row.getStyle().set("border-style", "dashed");
        }
        if (item.late()) {
            row.addClassName(LumoUtility.Background.ERROR_10);
        }
        row.getStyle().set("flex-direction", "column").set("gap", "var(--lumo-space-xs)");
        return row;
    }

    /** The checklist in words, for tests. */
    String text() {
        return getElement().getTextRecursively();
    }
}
