package org.migrationtracker.benchmark.load;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What the simulated people do, step by step through the screens as a person would: the routes, fields, links and
 * buttons are the real ones ({@code dashboard}, {@code lookup}, {@code mailboxes}), found in the UI's state tree by
 * tag, attribute and text.
 */
final class People {

    private People() {
    }

    /** A lead with the dashboard open: the page, its push channel, then nothing but heartbeats while pushes arrive. */
    static void leadOpensDashboard(UidlSession tab, Timings timings, AtomicInteger pushes) {
        timings.time("lead: open dashboard", () -> tab.open("dashboard"));
        tab.require(node -> "dashboard-view".equals(node.attribute("id")), "the dashboard");
        tab.connectPush(message -> pushes.incrementAndGet());
    }

    /** Helpdesk: the lookup screen is open; types a name, sees the results, opens the first one's card. */
    static String helpdeskLooksUp(UidlSession tab, Timings timings, String name) {
        var search = tab.require(StateTree.tag("vaadin-text-field"), "the lookup's search box");
        timings.time("helpdesk: search", () -> tab.type(search, "value", name, "input"));
        var result = tab.first(node -> node.tag().equals("a") && String.valueOf(node.attribute("href")).startsWith("lookup/"))
                .orElseThrow(() -> new IllegalStateException("no result for " + name));
        String href = result.attribute("href");
        String address = href.substring("lookup/".length(), href.indexOf('?') < 0 ? href.length() : href.indexOf('?'));
        // a result is a router link: the browser navigates on the client and tells the server
        timings.time("helpdesk: open card", () -> tab.navigate(href));
        return address;
    }

    /**
     * Admin on the mailbox grid filtered by a search: ticks {@code rows} rows (the grid connector's {@code select}),
     * runs a bulk action from the menu and closes the summary.
     */
    static void adminRunsBulkAction(UidlSession tab, Timings timings, String search, int rows, boolean grant) {
        timings.time("admin: open mailbox grid", () -> tab.navigate("mailboxes?q=" + search));
        var grid = tab.require(StateTree.tag("vaadin-grid"), "the mailbox grid");
        List<String> keys = tab.rows(grid);
        if (keys.isEmpty()) {
            throw new IllegalStateException("the grid sent no rows for " + search);
        }
        for (String key : keys.subList(Math.max(0, keys.size() - rows), keys.size())) {
            timings.time("admin: select row", () -> tab.callServer(grid, "select", key));
        }
        String label = grant ? "Record FullAccess granted" : "Record FullAccess removed";
        var item = tab.require(node -> node.tag().equals("vaadin-menu-bar-item") && tab.tree.text(node).equals(label), label);
        if (item.attribute("disabled") != null) {
            throw new IllegalStateException("the bulk action stayed disabled after selecting rows");
        }
        timings.time("admin: bulk action", () -> tab.click(item));
        var close = tab.require(node -> node.tag().equals("vaadin-button") && tab.tree.text(node).equals("Close"), "the summary's Close");
        timings.time("admin: close summary", () -> tab.click(close));
    }
}
