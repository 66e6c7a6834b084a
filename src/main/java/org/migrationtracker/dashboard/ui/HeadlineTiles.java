package org.migrationtracker.dashboard.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.migrationtracker.dashboard.DashboardFigures;
import org.migrationtracker.dashboard.DashboardTile;
import org.migrationtracker.i18n.Message;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The dashboard's headline: all mailboxes, then one tile per {@link DashboardTile} (each mailbox in exactly one,
 * and a sentence saying that they add up), then what is late against the plan, counted and said in words.
 */
final class HeadlineTiles extends Div {

    final Div tiles = new Div();
    final Div late = new Div();
    final Paragraph sum = new Paragraph();
    private final Locale locale;
    /** Each tile's number, by the tile's id. */
    private final Map<String, Span> numbersById = new HashMap<>();
    /** What the late list shows now. */
    private List<Object> lateShown = List.of();

    HeadlineTiles(Locale locale) {
        this.locale = locale;
        setId("headline");
        addClassName("headline");
        tiles.addClassName("tiles");
        sum.setId("tiles-sum");
        sum.addClassName("tiles-sum");
        late.setId("late");
        add(tiles, sum, late);
    }

    /**
     * Shows the figures: the tiles are built once and their numbers set after that (a change to the counts sends
     * new text, not new elements, to every open dashboard); the late list is drawn again only when it changed.
     */
    void show(DashboardFigures f) {
        var numbers = NumberFormat.getIntegerInstance(locale);
        if (numbersById.isEmpty()) {
            tiles.add(tile("total", text("dashboard.total")));
            for (var tile : DashboardTile.values()) {
                tiles.add(tile(tileId(tile), text(tile.labelKey())));
            }
        }
        numbersById.get("total").setText(numbers.format(f.total()));
        for (var tile : DashboardTile.values()) {
            numbersById.get(tileId(tile)).setText(numbers.format(f.tile(tile)));
        }
        sum.setText(text("dashboard.tiles.sum", f.total()));
        var lateNow = List.<Object>of(f.lateCount(), DashboardParts.late(f), f.forecastLate(), String.valueOf(f.forecastFinish()),
                String.valueOf(f.plannedFinish()));
        if (!lateNow.equals(lateShown)) {
            lateShown = lateNow;
            showLate(f);
        }
    }

    private static String tileId(DashboardTile tile) {
        return tile.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private void showLate(DashboardFigures f) {
        late.removeAll();
        late.removeClassName("is-late");
        if (f.lateCount() == 0) {
            late.add(new Span(text("dashboard.late.none")));
            return;
        }
        late.addClassName("is-late");
        var icon = VaadinIcon.WARNING.create();
        icon.getElement().setAttribute("aria-hidden", "true");
        var count = new Span(text("dashboard.late.count", f.lateCount()));
        count.setId("late-count");
        count.addClassName("late-count");
        var items = new ArrayList<ListItem>();
        f.lateBatches().forEach(l -> items.add(new ListItem(text("dashboard.late.batch", l.overview().batch().getName(),
                l.lateness().message(l.overview().batch())))));
        if (f.forecastLate()) {
            items.add(new ListItem(text("dashboard.late.forecast", f.forecastFinish(), f.plannedFinish())));
        }
        var list = new UnorderedList(items.toArray(ListItem[]::new));
        list.setId("late-items");
        late.add(icon, count, list);
    }

    private Div tile(String id, String label) {
        var number = new Span();
        number.addClassName("tile-number");
        numbersById.put(id, number);
        var text = new Span(label);
        text.addClassName("tile-label");
        var tile = new Div(number, text);
        tile.addClassName("tile");
        tile.setId("tile-" + id);
        return tile;
    }

    private String text(String key, Object... args) {
        return Message.of(key, args).in(locale);
    }
}
