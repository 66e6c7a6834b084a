package org.migrationtracker.access;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The README's tables of who may open which screen and call which endpoint ("Who may do what"), read as the tests'
 * expectations: one table for the reader and the tests, so they cannot drift apart.
 */
record AccessMatrix(List<String> header, List<Row> rows) {

    /** The principals of the tables' columns, in their order. */
    enum Principal { ANONYMOUS, ADMIN, HELPDESK, LEAD }

    /** A table row: its key cell (an address or a call) and what each principal gets. */
    record Row(String key, List<String> outcomes) {

        String outcome(Principal principal) {
            return outcomes.get(principal.ordinal());
        }
    }

    static AccessMatrix screens() {
        return read("screens", 1);
    }

    static AccessMatrix api() {
        return read("api", 0);
    }

    /** @param keyColumn the column that names the screen's address or the call; the four after it are the principals */
    private static AccessMatrix read(String table, int keyColumn) {
        String readme;
        try {
            readme = Files.readString(Path.of("README.md"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String start = "<!-- access-matrix:" + table + " -->";
        String end = "<!-- /access-matrix:" + table + " -->";
        int from = readme.indexOf(start);
        int to = readme.indexOf(end);
        if (from < 0 || to < from) {
            throw new IllegalStateException("README.md has no table between " + start + " and " + end);
        }
        var lines = readme.substring(from + start.length(), to).strip().lines().toList();
        var header = cells(lines.getFirst());
        var rows = lines.stream().skip(2).map(AccessMatrix::cells)
                .map(cells -> new Row(cells.get(keyColumn), cells.subList(keyColumn + 1, keyColumn + 1 + Principal.values().length)))
                .toList();
        return new AccessMatrix(header, rows);
    }

    private static List<String> cells(String line) {
        var inner = line.strip();
        inner = inner.substring(1, inner.length() - 1);
        return Arrays.stream(inner.split("\\|")).map(cell -> cell.strip().replace("`", "")).toList();
    }
}
