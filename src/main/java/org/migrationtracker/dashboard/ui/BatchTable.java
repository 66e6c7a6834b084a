package org.migrationtracker.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.dom.ElementUtil;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jspecify.annotations.Nullable;
import org.migrationtracker.base.ui.Badge;
import org.migrationtracker.batch.BatchOverview;
import org.migrationtracker.batch.ui.BatchProgressBar;
import org.migrationtracker.batch.ui.BatchStatusBadge;
import org.migrationtracker.dashboard.DashboardFigures;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The dashboard's batches as a plain table: it is read, not edited, and unlike a grid it wraps at a tablet's width
 * and paginates when printed. One row per batch: its status, progress, planned window, when it ran, and whether it
 * is late.
 */
@Tag("table")
final class BatchTable extends Component implements HasSize {

    private final Element body = new Element("tbody");
    private final Locale locale;
    private final Function<@Nullable LocalDate, String> date;

    BatchTable(Locale locale, Function<@Nullable LocalDate, String> date, List<String> headers) {
        this.locale = locale;
        this.date = date;
        getElement().getClassList().add("batch-table");
        var head = new Element("tr");
        headers.forEach(text -> head.appendChild(new Element("th").setAttribute("scope", "col").setText(text)));
        getElement().appendChild(new Element("thead").appendChild(head), body);
    }

    /** The rows last drawn in a language, for the figures they were drawn from. */
    private record Drawn(List<BatchOverview> batches, List<DashboardFigures.LateBatch> late, String html) {
    }

    /**
     * Every open dashboard shows the same figures (one computation per change): the rows are drawn once per change and
     * language, not once per screen.
     */
    private static final Map<Locale, Drawn> DRAWN = new ConcurrentHashMap<>();

    void show(List<BatchOverview> batches, List<DashboardFigures.LateBatch> late, String noBatches) {
        var drawn = DRAWN.get(locale);
        if (drawn == null || drawn.batches() != batches || drawn.late() != late) {
            drawn = new Drawn(batches, late, html(batches, late, noBatches));
            DRAWN.put(locale, drawn);
        }
        // the rows as HTML in one property: a read-only table of 50 batches costs the screen one node instead of about a
        // thousand, and its first answer a tenth of the bytes (docs/adr/0043); the rows are built as elements and
        // written out by Flow itself, so every text and attribute is escaped as in any other element
        body.setProperty("innerHTML", drawn.html());
    }

    private String html(List<BatchOverview> batches, List<DashboardFigures.LateBatch> late, String noBatches) {
        var html = new Document("");
        html.outputSettings().prettyPrint(false);
        if (batches.isEmpty()) {
            html.appendChild(ElementUtil.toJsoup(html, new Element("tr").appendChild(new Element("td").setAttribute("colspan", "6")
                    .setText(noBatches))));
        }
        for (var overview : batches) {
            html.appendChild(ElementUtil.toJsoup(html, row(overview, late)));
        }
        return html.html();
    }

    private Element row(BatchOverview overview, List<DashboardFigures.LateBatch> late) {
        var batch = overview.batch();
        var row = new Element("tr");
        row.appendChild(new Element("th").setAttribute("scope", "row").setText(batch.getName()));
        row.appendChild(cell(BatchStatusBadge.of(batch.getStatus(), batch.getRawStatus(), locale)));
        row.appendChild(cell(new BatchProgressBar(overview.counts(), locale)));
        row.appendChild(new Element("td").setText(window(batch.getPlannedStart(), batch.getPlannedEnd())));
        row.appendChild(new Element("td").setText(window(day(batch.getStartedAt()), day(batch.getCompletedAt()))));
        var lateness = late.stream().filter(l -> l.overview().batch().getId() == batch.getId()).findFirst();
        row.appendChild(lateness.map(l -> cell(Badge.ERROR.primary(l.lateness().message(batch).in(locale))))
                .orElseGet(() -> new Element("td")));
        lateness.ifPresent(l -> row.getClassList().add("late"));
        return row;
    }

    /** The rows as the browser reads them: each row's cells' text (for tests). */
    List<List<String>> rows() {
        return parsedRows().stream().map(row -> row.children().stream().map(cell -> cell.text()).toList()).toList();
    }

    /** The classes of each row (a late one is marked), for tests. */
    List<String> rowClasses() {
        return parsedRows().stream().map(row -> row.className()).toList();
    }

    private List<org.jsoup.nodes.Element> parsedRows() {
        return Jsoup.parseBodyFragment("<table><tbody>" + rowsHtml() + "</tbody></table>").select("tbody > tr");
    }

    /** The HTML the rows are drawn from: the same string until a change redraws them (for tests). */
    String rowsHtml() {
        return body.getProperty("innerHTML", "");
    }

    private static Element cell(Component component) {
        return new Element("td").appendChild(component.getElement());
    }

    private String window(@Nullable LocalDate from, @Nullable LocalDate to) {
        if (from == null && to == null) {
            return "";
        }
        return to == null ? date.apply(from) : (from == null ? "" : date.apply(from)) + " – " + date.apply(to);
    }

    private static @Nullable LocalDate day(@Nullable Instant at) {
        return at == null ? null : LocalDate.ofInstant(at, ZoneId.systemDefault());
    }
}
