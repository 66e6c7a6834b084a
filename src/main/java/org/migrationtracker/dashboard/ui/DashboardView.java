package org.migrationtracker.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
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
import org.migrationtracker.batch.BatchOverview;
import org.migrationtracker.batch.BatchStatus;
import org.migrationtracker.csv.CsvCell;
import org.migrationtracker.dashboard.DashboardFigures;
import org.migrationtracker.dashboard.DashboardService;
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
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The project lead's dashboard (admins see it too): the whole migration at a glance, live. Figures come from
 * {@link DashboardService}, computed once per change for every open dashboard.
 */
@Route("dashboard")
@Menu(title = "nav.dashboard", order = 1, icon = "icons/dashboard.svg")
@RolesAllowed({Role.Names.LEAD, Role.Names.ADMIN})
public class DashboardView extends VerticalLayout implements HasDynamicTitle {

    final Div headline = new Div();
    final Div progress = new Div();
    final Grid<BatchOverview> batches = new Grid<>();
    final UnorderedList blockers = new UnorderedList();
    final Div due = new Div();
    /** The project plan: late steps and the next ones due, each a link to its step. */
    final Div planSteps = new Div();
    final Div empty = new Div();
    final Div content = new Div();
    final Chart burnUp = new Chart();
    final Chart byBatch = new Chart();
    private final DashboardService dashboard;
    private final JsonMapper json;
    private DashboardFigures figures;

    DashboardView(DashboardService dashboard, LiveUpdates live, JsonMapper json) {
        this.dashboard = dashboard;
        this.json = json;
        burnUp.setId("burn-up");
        byBatch.setId("by-batch");
        setId("dashboard-view");
        addClassName("dashboard");
        var csv = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] file = csv(dashboard.figures(), event.getUI().getLocale()).getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(file), "migration-dashboard-" + LocalDate.now() + ".csv",
                    "text/csv; charset=utf-8", file.length);
        }), getTranslation("dashboard.export"));
        csv.getElement().setAttribute("download", true);
        var print = new Button(getTranslation("dashboard.print"), VaadinIcon.PRINT.create(),
                click -> getUI().ifPresent(ui -> ui.getPage().executeJs("window.print()")));
        var tools = new HorizontalLayout(csv, print);
        tools.addClassName("dashboard-tools");
        tools.setAlignItems(Alignment.BASELINE);

        headline.addClassName("headline");
        headline.setId("headline");
        progress.addClassName("dashboard-progress");
        batches.addColumn(o -> o.batch().getName()).setHeader(getTranslation("batch.name")).setAutoWidth(true).setFlexGrow(0);
        batches.addColumn(o -> o.batch().getStatus().exchangeName()).setHeader(getTranslation("batch.status")).setAutoWidth(true);
        batches.addComponentColumn(o -> new ProgressBar(0, 1, o.counts().progress())).setHeader(getTranslation("batch.progress"));
        batches.addColumn(o -> getTranslation("batch.counts", o.counts().total(), o.counts().synced(), o.counts().finalized(),
                o.counts().failed())).setHeader(getTranslation("batch.counts.header")).setAutoWidth(true);
        batches.addColumn(o -> o.batch().getPlannedStart() == null ? "" : date(o.batch().getPlannedStart()))
                .setHeader(getTranslation("batch.planned")).setAutoWidth(true);
        batches.addColumn(o -> date(o.batch().getStartedAt())).setHeader(getTranslation("batch.started")).setAutoWidth(true);
        batches.addColumn(o -> date(o.batch().getCompletedAt())).setHeader(getTranslation("batch.completed")).setAutoWidth(true);
        batches.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_NO_BORDER);
        batches.setAllRowsVisible(true);
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
        add(tools, empty, content, planCard);
        refresh();
        live.refreshWhileAttached(this, this::refresh, MailboxesChanged.class, BatchChanged.class, ProjectSettingsChanged.class,
                PlanChanged.class, EndpointsChanged.class);
    }

    private Div section(String titleKey, Component body) {
        var section = new Div(new H3(getTranslation(titleKey)), body);
        section.addClassName("dashboard-section");
        return section;
    }

    void refresh() {
        figures = dashboard.figures();
        boolean nothing = figures.total() == 0;
        empty.removeAll();
        if (nothing) {
            empty.add(new EmptyState(getTranslation("dashboard.empty.title"), getTranslation("dashboard.empty.text")));
        }
        content.setVisible(!nothing);
        var numbers = NumberFormat.getIntegerInstance(getLocale());
        headline.removeAll();
        headline.add(tile("dashboard.total", numbers.format(figures.total())),
                tile("dashboard.done", numbers.format(figures.done())),
                tile("dashboard.in-flight", numbers.format(figures.inFlight())),
                tile("dashboard.not-ready", numbers.format(figures.count(MailboxState.NOT_READY))),
                tile("dashboard.failed", numbers.format(figures.count(MailboxState.FAILED))),
                tile("dashboard.skipped", numbers.format(figures.count(MailboxState.SKIPPED))));

        progress.removeAll();
        var percent = NumberFormat.getPercentInstance(getLocale());
        percent.setMaximumFractionDigits(1);
        progress.add(new ProgressBar(0, 100, figures.percentComplete()),
                new Span(getTranslation("dashboard.complete", percent.format(figures.percentComplete() / 100))),
                new Span(getTranslation("dashboard.planned-finish", figures.plannedFinish() == null ? "–" : date(figures.plannedFinish()))),
                new Span(figures.forecastFinish() == null ? getTranslation("dashboard.forecast-none")
                        : getTranslation("dashboard.forecast", date(figures.forecastFinish()),
                        String.format(getLocale(), "%.1f", figures.pacePerDay()))));

        batches.setItems(figures.batches());
        burnUp.setOption(json.writeValueAsString(burnUpOption(figures)));
        byBatch.setOption(json.writeValueAsString(byBatchOption(figures)));
        int planned = figures.batches().stream().filter(o -> o.batch().getStatus() != BatchStatus.REMOVED)
                .mapToInt(o -> o.counts().total()).sum();
        burnUp.setDescription(getTranslation("dashboard.chart.burn-up.aria", figures.done(), figures.total(), planned));
        byBatch.setDescription(getTranslation("dashboard.chart.by-batch.aria", figures.batches().isEmpty()
                ? getTranslation("dashboard.chart.by-batch.none")
                : figures.batches().stream().map(o -> getTranslation("dashboard.chart.by-batch.item", o.batch().getName(),
                        o.counts().total(), o.counts().finalized(), o.counts().failed())).collect(Collectors.joining("; "))));

        blockers.removeAll();
        if (figures.blockers().isEmpty()) {
            blockers.add(new ListItem(getTranslation("dashboard.blockers.none")));
        }
        figures.blockers().forEach((reason, count) -> blockers.add(new ListItem(new Anchor(
                MailboxesLink.blockedBy(reason).href(),
                getTranslation("dashboard.blocker", numbers.format(count),
                        getTranslation(reason.groupMessageKey()))))));

        due.removeAll();
        var dueList = new UnorderedList();
        dueList.add(new ListItem(getTranslation("dashboard.licences-due", numbers.format(figures.licencesDueCount()),
                DashboardService.LICENCE_WARNING_DAYS)));
        figures.licencesDue().forEach(m -> dueList.add(new ListItem(new Anchor("lookup/" + m.primaryAddress(),
                m.inventory().displayName() + " · " + date(m.licenceDeadline())))));
        var times = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(getLocale()).withZone(ZoneId.systemDefault());
        figures.removals().forEach(removal -> dueList.add(new ListItem(removal.blockers().isEmpty()
                ? getTranslation("dashboard.removal-ready", removal.batch())
                : getTranslation("dashboard.removal-wait", removal.batch(),
                removal.mayRemoveFrom() == null ? "–" : times.format(removal.mayRemoveFrom()), removal.blockers().stream().map(blocker -> blocker.in(getLocale())).collect(Collectors.joining("; "))))));
        dueList.add(new ListItem(getTranslation("dashboard.failed-count", numbers.format(figures.count(MailboxState.FAILED)))));
        figures.failed().forEach(m -> dueList.add(new ListItem(new Anchor("lookup/" + m.primaryAddress(),
                m.inventory().displayName() + " · " + m.lifecycle().noteMessage().in(getLocale())))));
        due.add(dueList);
        showPlan();
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

    private Div tile(String key, String value) {
        var number = new Span(value);
        number.addClassName("tile-number");
        var label = new Span(getTranslation(key));
        label.addClassName("tile-label");
        var tile = new Div(number, label);
        tile.addClassName("tile");
        tile.setId("tile-" + key.substring(key.indexOf('.') + 1));
        return tile;
    }

    private String date(LocalDate date) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale()).format(date);
    }

    private String date(@Nullable Instant at) {
        return at == null ? "" : date(LocalDate.ofInstant(at, ZoneId.systemDefault()));
    }

    /** Mailboxes completed, cumulative per day, against the plan from the batches' planned starts. */
    private Map<String, Object> burnUpOption(DashboardFigures f) {
        var today = LocalDate.now();
        var planned = new TreeMap<LocalDate, Integer>();
        f.batches().stream().filter(o -> o.batch().getPlannedStart() != null && o.batch().getStatus() != BatchStatus.REMOVED)
                .forEach(o -> planned.merge(o.batch().getPlannedStart(), o.counts().total(), Integer::sum));
        var first = Stream.concat(f.completionsPerDay().keySet().stream(), planned.keySet().stream())
                .min(LocalDate::compareTo).orElse(today);
        var last = Stream.of(today, f.plannedFinish() == null ? today : f.plannedFinish()).max(LocalDate::compareTo).orElseThrow();
        var days = new ArrayList<String>();
        var dayFormat = DateTimeFormatter.ofLocalizedPattern("MMMd").withLocale(getLocale()); // "Nov 7", "7. nov."
        var done = new ArrayList<Integer>();
        var plan = new ArrayList<Integer>();
        int doneSoFar = 0;
        int planSoFar = 0;
        for (var day = first; !day.isAfter(last); day = day.plusDays(1)) {
            doneSoFar += f.completionsPerDay().getOrDefault(day, 0);
            planSoFar += planned.getOrDefault(day, 0);
            days.add(dayFormat.format(day));
            done.add(day.isAfter(today) ? null : doneSoFar);
            plan.add(planSoFar);
        }
        return Map.of(
                "tooltip", Map.of("trigger", "axis"),
                "legend", Map.of("top", 0, "data", List.of(getTranslation("dashboard.chart.done"), getTranslation("dashboard.chart.plan"))),
                "grid", Map.of("left", 8, "right", 16, "top", 40, "bottom", 8, "containLabel", true),
                "xAxis", Map.of("type", "category", "data", days),
                "yAxis", Map.of("type", "value", "max", Math.max(1, f.total() - f.count(MailboxState.SKIPPED))),
                "series", List.of(
                        Map.of("name", getTranslation("dashboard.chart.done"), "type", "line", "data", done, "areaStyle", Map.of(),
                                "showSymbol", false),
                        Map.of("name", getTranslation("dashboard.chart.plan"), "type", "line", "step", "end", "data", plan,
                                "showSymbol", false, "lineStyle", Map.of("type", "dashed"))));
    }

    /** Per batch, its mailboxes by state, stacked. */
    private Map<String, Object> byBatchOption(DashboardFigures f) {
        var names = f.batches().stream().map(o -> o.batch().getName()).toList();
        var series = new ArrayList<Map<String, Object>>();
        series.add(stack("state.IN_BATCH", f.batches().stream().map(o -> o.counts().inBatch()).toList()));
        series.add(stack("state.SYNCING", f.batches().stream().map(o -> o.counts().syncing()).toList()));
        series.add(stack("state.SYNCED", f.batches().stream().map(o -> o.counts().synced()).toList()));
        series.add(stack("dashboard.chart.finalised", f.batches().stream().map(o -> o.counts().finalized()).toList()));
        series.add(stack("state.FAILED", f.batches().stream().map(o -> o.counts().failed()).toList()));
        return Map.of(
                "tooltip", Map.of("trigger", "axis", "axisPointer", Map.of("type", "shadow")),
                "legend", Map.of("top", 0),
                "grid", Map.of("left", 8, "right", 16, "top", 40, "bottom", 8, "containLabel", true),
                "xAxis", Map.of("type", "category", "data", names),
                "yAxis", Map.of("type", "value"),
                "series", series);
    }

    private Map<String, Object> stack(String key, List<Integer> values) {
        return Map.of("name", getTranslation(key), "type", "bar", "stack", "state", "data", values);
    }

    /** The dashboard's figures as CSV for steering meetings. */
    /**
     * The figures as CSV for a spreadsheet, labelled in the reader's language; numbers and dates stay plain
     * (ISO dates, a dot before decimals) so that any spreadsheet reads them.
     */
    static String csv(DashboardFigures f, Locale locale) {
        var csv = new StringBuilder();
        BiConsumer<Message, Object> row = (label, value) -> csv.append(CsvCell.of(label.in(locale))).append(',')
                .append(CsvCell.of(String.valueOf(value))).append("\r\n");
        row.accept(Message.of("dashboard.csv.figure"), Message.of("dashboard.csv.value").in(locale));
        row.accept(Message.of("dashboard.csv.mailboxes"), f.total());
        row.accept(Message.of("dashboard.csv.done"), f.done());
        row.accept(Message.of("dashboard.csv.in-flight"), f.inFlight());
        for (var state : MailboxState.values()) {
            row.accept(Message.of("dashboard.csv.state", state.message()), f.count(state));
        }
        row.accept(Message.of("dashboard.csv.percent"), String.format(Locale.ROOT, "%.1f", f.percentComplete()));
        row.accept(Message.of("dashboard.csv.planned-finish"), f.plannedFinish() == null ? "" : f.plannedFinish());
        row.accept(Message.of("dashboard.csv.forecast-finish"), f.forecastFinish() == null ? "" : f.forecastFinish());
        row.accept(Message.of("dashboard.csv.licences-due", DashboardService.LICENCE_WARNING_DAYS), f.licencesDueCount());
        f.blockers().forEach((reason, count) -> row.accept(Message.of("dashboard.csv.not-ready", Message.of(reason.groupMessageKey())), count));
        f.batches().forEach(o -> {
            var b = o.batch();
            row.accept(Message.of("dashboard.csv.batch-finalised", b.getName(), b.getStatus().exchangeName()),
                    o.counts().finalized() + "/" + o.counts().total());
            row.accept(Message.of("dashboard.csv.batch-planned", b.getName()), b.getPlannedStart() == null ? "" : b.getPlannedStart());
            row.accept(Message.of("dashboard.csv.batch-started", b.getName()), b.getStartedAt() == null ? "" : b.getStartedAt());
            row.accept(Message.of("dashboard.csv.batch-completed", b.getName()), b.getCompletedAt() == null ? "" : b.getCompletedAt());
        });
        f.completionsPerDay().forEach((day, count) -> row.accept(Message.of("dashboard.csv.completed-on", day.toString()), count));
        return csv.toString();
    }

    /** The headline text, for tests. */
    String headlineText() {
        return headline.getElement().getTextRecursively();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.dashboard");
    }
}
