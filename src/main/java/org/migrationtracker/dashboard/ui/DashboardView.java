package org.migrationtracker.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;
import org.migrationtracker.base.ui.Chart;
import org.migrationtracker.base.ui.EmptyState;
import org.migrationtracker.batch.BatchChanged;
import org.migrationtracker.batch.RemovalGuard;
import org.migrationtracker.dashboard.DashboardFigures;
import org.migrationtracker.dashboard.DashboardStale;
import org.migrationtracker.dashboard.ui.DashboardParts.Part;
import org.migrationtracker.dashboard.DashboardService;
import org.migrationtracker.i18n.Dates;
import org.migrationtracker.i18n.Message;
import org.migrationtracker.live.LiveUpdates;
import org.migrationtracker.mailbox.MailboxState;
import org.migrationtracker.mailbox.MailboxesChanged;
import org.migrationtracker.mailbox.ui.MailboxesLink;
import org.migrationtracker.plan.PlanChanged;
import org.migrationtracker.plan.PlanItem;
import org.migrationtracker.project.EndpointsChanged;
import org.migrationtracker.project.ProjectSettingsChanged;
import org.migrationtracker.security.Role;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The project lead's dashboard (admins see it too): the whole migration at a glance, live. Figures come from
 * {@link DashboardService}, computed once per change for every open dashboard.
 */
@Route("dashboard")
@Menu(title = "nav.dashboard", order = 1, icon = "icons/dashboard.svg")
@RolesAllowed({Role.Names.LEAD, Role.Names.ADMIN})
public class DashboardView extends VerticalLayout implements HasDynamicTitle {

    final HeadlineTiles headline;
    final Div progress = new Div();
    final BatchTable batches;
    /** Shown only on paper: what the printout is, whose, and as of when. */
    final Div printHeader = new Div();
    final UnorderedList blockers = new UnorderedList();
    final Div due = new Div();
    /** The project plan: late steps and the next ones due, each a link to its step. */
    final Div planSteps = new Div();
    final Div empty = new Div();
    final Div content = new Div();
    final Chart burnUp = new Chart();
    final Chart byBatch = new Chart();
    private final DashboardService dashboard;
    private final DrawnCharts drawnCharts;
    private final Paragraph printAsOf = new Paragraph();
    private final DashboardParts parts = new DashboardParts();
    private @Nullable DashboardFigures figures;

    DashboardView(DashboardService dashboard, LiveUpdates live, DrawnCharts drawnCharts) {
        this.dashboard = dashboard;
        this.drawnCharts = drawnCharts;
        burnUp.setId("burn-up");
        byBatch.setId("by-batch");
        setId("dashboard-view");
        addClassName("dashboard");
        var csv = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] file = DashboardCsv.of(dashboard.figures(), event.getUI().getLocale()).getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(file), "migration-dashboard-" + LocalDate.now() + ".csv",
                    "text/csv; charset=utf-8", file.length);
        }), getTranslation("dashboard.export"));
        csv.getElement().setAttribute("download", true);
        var print = new Button(getTranslation("dashboard.print"), VaadinIcon.PRINT.create(),
                click -> getUI().ifPresent(ui -> ui.getPage().executeJs("window.print()")));
        var tools = new HorizontalLayout(csv, print);
        tools.addClassName("dashboard-tools");
        tools.setAlignItems(Alignment.BASELINE);

        headline = new HeadlineTiles(getLocale());
        progress.addClassName("dashboard-progress");
        batches = new BatchTable(getLocale(), day -> day == null ? "" : date(day), List.of(getTranslation("batch.name"), getTranslation("batch.status"),
                getTranslation("batch.progress"), getTranslation("dashboard.batch.planned"), getTranslation("dashboard.batch.ran"),
                getTranslation("dashboard.batch.late")));
        batches.setId("dashboard-batches");
        printHeader.addClassName("print-only");
        printHeader.setId("print-header");
        printHeader.add(new H2(getTranslation("dashboard.print.title")), printAsOf);
        blockers.setId("blockers");
        due.setId("due");
        planSteps.setId("plan-steps");
        var charts = new Div(section("dashboard.burn-up", burnUp), section("dashboard.by-batch", byBatch));
        charts.addClassName("dashboard-charts");
        content.add(headline, progress, charts, new H3(getTranslation("dashboard.batches")), batches,
                section("dashboard.blockers", blockers), section("dashboard.due", due));
        content.addClassName("dashboard-content");
        // the plan starts before any inventory: its card shows on an empty project too
        var planCard = section("dashboard.plan", planSteps);
        planCard.setWidthFull();
        add(printHeader, tools, empty, content, planCard);
        refresh();
        live.refreshWhileAttached(this, this::refresh, MailboxesChanged.class, BatchChanged.class, ProjectSettingsChanged.class,
                PlanChanged.class, EndpointsChanged.class, DashboardStale.class);
    }

    private Div section(String titleKey, Component body) {
        var section = new Div(new H3(getTranslation(titleKey)), body);
        section.addClassName("dashboard-section");
        return section;
    }

    /** Shows the current figures, redrawing only the parts they change (the first time, all of them). */
    void refresh() {
        // opened or open, the screen shows figures at most a second behind (tracker.dashboard.refresh-interval) and
        // follows the changes at most that often: opening it during a busy night costs no computation of its own
        var current = dashboard.latest();
        if (current == figures) {
            return;
        }
        figures = current;
        showPrintHeader();
        if (parts.changed(Part.CONTENT, figures)) {
            boolean nothing = figures.total() == 0;
            empty.removeAll();
            if (nothing) {
                empty.add(new EmptyState(getTranslation("dashboard.empty.title"), getTranslation("dashboard.empty.text")));
            }
            content.setVisible(!nothing);
        }
        if (parts.changed(Part.HEADLINE, figures)) {
            headline.show(figures);
        }
        if (parts.changed(Part.PROGRESS, figures)) {
            showProgress();
        }
        if (parts.changed(Part.BATCHES, figures)) {
            batches.show(figures.batches(), figures.lateBatches(), getTranslation("dashboard.chart.by-batch.none"));
        }
        if (parts.changed(Part.CHARTS, figures)) {
            showCharts();
        }
        if (parts.changed(Part.BLOCKERS, figures)) {
            showBlockers();
        }
        if (parts.changed(Part.DUE, figures)) {
            showDue();
        }
        if (parts.changed(Part.PLAN, figures)) {
            showPlan();
        }
    }

    private void showProgress() {
        progress.removeAll();
        var percent = NumberFormat.getPercentInstance(getLocale());
        percent.setMaximumFractionDigits(1);
        var bar = new ProgressBar(0, 100, figures.percentComplete());
        bar.setId("overall-progress");
        var complete = new Span(getTranslation("dashboard.complete", percent.format(figures.percentComplete() / 100)));
        complete.setId("overall-progress-label");
        bar.getElement().setAttribute("aria-labelledby", "overall-progress-label");
        var forecast = new Span(figures.forecastFinish() == null ? getTranslation("dashboard.forecast-none")
                : getTranslation("dashboard.forecast", date(figures.forecastFinish()), String.format(getLocale(), "%.1f", figures.pacePerDay())));
        forecast.setId("forecast");
        if (figures.forecastLate()) {
            forecast.addClassNames(LumoUtility.TextColor.ERROR, LumoUtility.FontWeight.SEMIBOLD);
        }
        progress.add(bar, complete,
                new Span(figures.plannedFinish() == null ? getTranslation("dashboard.planned-finish-none")
                        : getTranslation("dashboard.planned-finish", date(figures.plannedFinish()))),
                forecast);
        if (figures.notPlanned() > 0) {
            var gap = new Span(getTranslation("dashboard.not-planned", figures.notPlanned()));
            gap.setId("not-planned");
            progress.add(gap);
        }
    }

    /** The charts as every dashboard in this language shows them (drawn once for all, {@link DrawnCharts}). */
    private void showCharts() {
        var drawn = drawnCharts.of(figures, getLocale());
        burnUp.setOption(drawn.burnUp());
        burnUp.setDescription(drawn.burnUpDescription());
        byBatch.setOption(drawn.byBatch());
        byBatch.setDescription(drawn.byBatchDescription());
    }

    private void showBlockers() {
        blockers.removeAll();
        if (figures.blockers().isEmpty()) {
            blockers.add(new ListItem(getTranslation("dashboard.blockers.none")));
        }
        figures.blockers().forEach((reason, count) -> blockers.add(new ListItem(new Anchor(
                MailboxesLink.blockedBy(reason).href(),
                getTranslation("dashboard.blocker", count,
                        getTranslation(reason.groupMessageKey()))))));
    }

    private void showDue() {
        due.removeAll();
        var dueList = new UnorderedList();
        dueList.add(new ListItem(getTranslation("dashboard.licences-due", figures.licencesDueCount(),
                DashboardService.LICENCE_WARNING_DAYS)));
        figures.licencesDue().forEach(m -> dueList.add(new ListItem(new Anchor("lookup/" + m.primaryAddress(),
                m.inventory().displayName() + " · " + date(m.licenceDeadline())))));
        figures.removals().forEach(removal -> dueList.add(new ListItem(removalLine(removal))));
        dueList.add(new ListItem(getTranslation("dashboard.failed-count", figures.count(MailboxState.FAILED))));
        figures.failed().forEach(m -> dueList.add(new ListItem(new Anchor("lookup/" + m.primaryAddress(),
                m.inventory().displayName() + " · " + m.lifecycle().noteMessage().in(getLocale())))));
        int notListed = figures.count(MailboxState.FAILED) - figures.failed().size();
        if (notListed > 0) {
            var all = new Anchor(MailboxesLink.hrefOfState(MailboxState.FAILED), getTranslation("dashboard.failed-more", notListed));
            all.setId("failed-more");
            dueList.add(new ListItem(all));
        }
        due.add(dueList);
    }

    private void showPlan() {
        planSteps.removeAll();
        int lateCount = figures.lateSteps().size();
        var late = new Paragraph(lateCount == 0 ? getTranslation("dashboard.plan.late.none")
                : lateCount == 1 ? getTranslation("dashboard.plan.late.one") : getTranslation("dashboard.plan.late", lateCount));
        late.setId("plan-late");
        if (!figures.lateSteps().isEmpty()) {
            late.addClassNames(LumoUtility.TextColor.ERROR, LumoUtility.FontWeight.SEMIBOLD);
        }
        planSteps.add(late);
        if (!figures.lateSteps().isEmpty()) {
            var lateList = new UnorderedList();
            lateList.setId("plan-late-steps");
            figures.lateSteps().forEach(item -> lateList.add(new ListItem(stepLink(item,
                    getTranslation("dashboard.plan.was-due", date(item.dueOn()))))));
            planSteps.add(lateList);
        }
        planSteps.add(new Paragraph(figures.nextSteps().isEmpty() ? getTranslation("dashboard.plan.none-due")
                : getTranslation("dashboard.plan.next")));
        if (!figures.nextSteps().isEmpty()) {
            var nextList = new UnorderedList();
            nextList.setId("plan-next-steps");
            figures.nextSteps().forEach(item -> nextList.add(new ListItem(stepLink(item, date(item.dueOn())))));
            planSteps.add(nextList);
        }
        planSteps.add(planLink("plan", getTranslation("dashboard.plan.open")));
    }

    private Anchor stepLink(PlanItem item, String when) {
        var owner = item.record().owner() == null ? "" : " · " + item.record().owner();
        return planLink("plan/" + item.step().name(), getTranslation(item.step().messageKey()) + " · " + when + owner);
    }

    /** A link into the plan's screen, followed by the router without a reload (the screen belongs to the plan module). */
    private static Anchor planLink(String href, String text) {
        var link = new Anchor(href, text);
        link.getElement().setAttribute("router-link", true);
        return link;
    }

    private String date(LocalDate date) {
        return Dates.day(date, getLocale());
    }

    private String date(@Nullable Instant at) {
        return at == null ? "" : date(LocalDate.ofInstant(at, ZoneId.systemDefault()));
    }

    /**
     * When a batch may be removed, said once: the time the 72 hours end (if they still hold it), then what else
     * holds it.
     */
    private String removalLine(DashboardFigures.Removal removal) {
        var others = removal.blockers().stream().filter(blocker -> !blocker.key().equals(RemovalGuard.WAIT_72H)).toList();
        boolean waiting = others.size() < removal.blockers().size() && removal.mayRemoveFrom() != null;
        var rest = others.stream().map(blocker -> blocker.in(getLocale())).collect(Collectors.joining("; "));
        if (removal.blockers().isEmpty()) {
            return getTranslation("dashboard.removal-ready", removal.batch());
        }
        if (waiting) {
            return others.isEmpty() ? Message.of("dashboard.removal-wait", removal.batch(), removal.mayRemoveFrom()).in(getLocale())
                    : Message.of("dashboard.removal-wait-and", removal.batch(), removal.mayRemoveFrom(), rest).in(getLocale());
        }
        return getTranslation("dashboard.removal-blocked", removal.batch(), rest);
    }

    /** The printout's title, the organisation and the time the figures are of. */
    private void showPrintHeader() {
        printAsOf.setText(Message.of("dashboard.print.as-of", figures.organisation().isBlank() ? "–" : figures.organisation(),
                figures.computedAt()).in(getLocale()));
    }

    /** The headline text, for tests. */
    String headlineText() {
        return headline.tiles.getElement().getTextRecursively();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.dashboard");
    }
}
