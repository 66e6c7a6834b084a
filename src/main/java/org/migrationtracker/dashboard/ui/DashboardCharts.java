package org.migrationtracker.dashboard.ui;

import org.migrationtracker.dashboard.DashboardFigures;
import org.migrationtracker.i18n.Message;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The dashboard's two charts as Apache ECharts options, labelled in the reader's language; the chart element formats
 * their numbers in the reader's locale ({@code locale} in the option, read by {@code tracker-chart.ts}).
 */
final class DashboardCharts {

    private final Locale locale;

    DashboardCharts(Locale locale) {
        this.locale = locale;
    }

    /**
     * Mailboxes completed, cumulative per day, against the plan: each batch's mailboxes due on its planned end (else
     * its planned start). The axis scales to the lines, not to the whole inventory, so both show; the mailboxes no
     * batch plans yet are named in the title as the gap to close.
     */
    Map<String, Object> burnUp(DashboardFigures f, LocalDate today) {
        var planned = new TreeMap<LocalDate, Integer>();
        f.batches().forEach(o -> {
            var day = o.batch().getPlannedEnd() != null ? o.batch().getPlannedEnd() : o.batch().getPlannedStart();
            if (day != null) {
                planned.merge(day, o.counts().total() - o.counts().skipped(), Integer::sum);
            }
        });
        var first = Stream.concat(f.completionsPerDay().keySet().stream(), planned.keySet().stream())
                .min(LocalDate::compareTo).orElse(today);
        var last = Stream.of(today, f.plannedFinish(), f.forecastFinish()).filter(day -> day != null)
                .max(LocalDate::compareTo).orElseThrow();
        var days = new ArrayList<String>();
        var dayFormat = DateTimeFormatter.ofLocalizedPattern("MMMd").withLocale(locale); // "Nov 7", "7. nov."
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
        var option = base();
        option.put("title", Map.of("show", f.notPlanned() > 0, "bottom", 0, "left", "center",
                "text", text("dashboard.chart.gap", f.notPlanned()), "textStyle", Map.of("fontSize", 13, "fontWeight", "normal")));
        option.put("legend", Map.of("top", 0, "data", List.of(text("dashboard.chart.done"), text("dashboard.chart.plan"))));
        option.put("grid", Map.of("left", 8, "right", 16, "top", 40, "bottom", f.notPlanned() > 0 ? 32 : 8, "containLabel", true));
        option.put("xAxis", Map.of("type", "category", "data", days));
        option.put("yAxis", Map.of("type", "value", "minInterval", 1));
        option.put("series", List.of(
                Map.of("name", text("dashboard.chart.done"), "type", "line", "data", done, "areaStyle", Map.of(), "showSymbol", false,
                        "itemStyle", Map.of("color", "#158443")),
                Map.of("name", text("dashboard.chart.plan"), "type", "line", "step", "end", "data", plan, "showSymbol", false,
                        "itemStyle", Map.of("color", "#0c6ce9"), "lineStyle", Map.of("type", "dashed"))));
        return option;
    }

    /** Per batch, its mailboxes by state, stacked. */
    Map<String, Object> byBatch(DashboardFigures f) {
        var series = new ArrayList<Map<String, Object>>();
        // the colours of the batches' progress bars: grey waiting, light and full blue syncing and synced, green, red
        series.add(stack("state.IN_BATCH", "#9aa5b1", f.batches().stream().map(o -> o.counts().inBatch()).toList()));
        series.add(stack("state.SYNCING", "#6ea9f7", f.batches().stream().map(o -> o.counts().syncing()).toList()));
        series.add(stack("state.SYNCED", "#0c6ce9", f.batches().stream().map(o -> o.counts().synced()).toList()));
        series.add(stack("dashboard.chart.finalised", "#158443", f.batches().stream().map(o -> o.counts().finalized()).toList()));
        series.add(stack("state.FAILED", "#e21d12", f.batches().stream().map(o -> o.counts().failed()).toList()));
        var option = base();
        option.put("tooltip", Map.of("trigger", "axis", "axisPointer", Map.of("type", "shadow")));
        option.put("legend", Map.of("top", 0));
        option.put("grid", Map.of("left", 8, "right", 16, "top", 40, "bottom", 8, "containLabel", true));
        option.put("xAxis", Map.of("type", "category", "data", f.batches().stream().map(o -> o.batch().getName()).toList()));
        option.put("yAxis", Map.of("type", "value", "minInterval", 1));
        option.put("series", series);
        return option;
    }

    /** What both charts share: the reader's locale for numbers, and an axis tooltip. */
    private Map<String, Object> base() {
        var option = new LinkedHashMap<String, Object>();
        option.put("locale", locale.toLanguageTag());
        option.put("tooltip", Map.of("trigger", "axis"));
        return option;
    }

    private Map<String, Object> stack(String key, String colour, List<Integer> values) {
        return Map.of("name", text(key), "type", "bar", "stack", "state", "data", values, "itemStyle", Map.of("color", colour));
    }

    private String text(String key, Object... args) {
        return Message.of(key, args).in(locale);
    }
}
