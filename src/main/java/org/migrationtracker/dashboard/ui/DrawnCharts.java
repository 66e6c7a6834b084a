package org.migrationtracker.dashboard.ui;

import org.migrationtracker.dashboard.DashboardFigures;
import org.migrationtracker.i18n.Message;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

/**
 * The dashboard's two charts as every open dashboard shows them: drawn once per figures and language, not once per
 * screen. A change reaches every open dashboard within the same second, and drawing the charts (their options as
 * JSON, their descriptions for screen readers) was a third of the server's time spent on dashboards under 200 people
 * at once (docs/adr/0045). Only the latest figures are kept; the strings are shared, not copied, by the screens.
 */
@Component
class DrawnCharts {

    /** One language's charts: the options (JSON) and the descriptions. */
    record Drawn(String burnUp, String burnUpDescription, String byBatch, String byBatchDescription) {
    }

    private record Latest(DashboardFigures figures, Map<Locale, Drawn> byLanguage) {
    }

    private final JsonMapper json;
    private final AtomicReference<Latest> latest = new AtomicReference<>();

    DrawnCharts(JsonMapper json) {
        this.json = json;
    }

    /** The charts of these figures in this language: drawn now if no screen drew them yet. */
    Drawn of(DashboardFigures figures, Locale locale) {
        // the latest figures' drawings are kept; a screen still on older figures draws its own and leaves them
        var current = latest.updateAndGet(was -> was != null && (was.figures() == figures
                || was.figures().computedAt().isAfter(figures.computedAt())) ? was : new Latest(figures, new ConcurrentHashMap<>()));
        if (current.figures() != figures) {
            return draw(figures, locale);
        }
        return current.byLanguage().computeIfAbsent(locale, language -> draw(figures, language));
    }

    private Drawn draw(DashboardFigures f, Locale locale) {
        var charts = new DashboardCharts(locale);
        String byBatchDescription = Message.of("dashboard.chart.by-batch.aria", f.batches().isEmpty()
                ? Message.of("dashboard.chart.by-batch.none").in(locale)
                : f.batches().stream().map(o -> Message.of("dashboard.chart.by-batch.item", o.batch().getName(),
                        o.counts().total(), o.counts().finalized(), o.counts().failed()).in(locale)).collect(Collectors.joining("; "))).in(locale);
        return new Drawn(json.writeValueAsString(charts.burnUp(f, LocalDate.ofInstant(f.computedAt(), ZoneId.systemDefault()))),
                Message.of("dashboard.chart.burn-up.aria", f.done(), f.total(), f.planned(), f.notPlanned()).in(locale),
                json.writeValueAsString(charts.byBatch(f)), byBatchDescription);
    }
}
