package org.migrationtracker.benchmark;

import org.jspecify.annotations.Nullable;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The benchmark's table: each operation's median and p95 beside the same work done directly in SQL/JDBC on the same
 * database in the same run, the ratio of the medians and the target. Printed and written as Markdown.
 */
final class FigureTable {

    /** One operation's samples (milliseconds), the raw SQL's samples and the target it is held to. */
    record Row(String operation, List<Double> app, @Nullable String rawWork, List<Double> raw, Target target) {

        double median() {
            return percentile(app, 50);
        }

        double p95() {
            return percentile(app, 95);
        }

        @Nullable Double rawMedian() {
            return raw.isEmpty() ? null : percentile(raw, 50);
        }

        @Nullable Double ratio() {
            var raw = rawMedian();
            return raw == null ? null : median() / Math.max(raw, 0.001);
        }

        boolean met() {
            return target.met(this);
        }
    }

    /** What a row must stay within: a ratio to raw SQL and/or an absolute p95 or maximum. */
    record Target(@Nullable Double maxRatio, @Nullable Double maxP95, @Nullable Double maxAll, String text) {

        static Target ratio(double ratio) {
            return new Target(ratio, null, null, "≤ " + trim(ratio) + "× raw");
        }

        static Target p95Under(double millis) {
            return new Target(null, millis, null, "p95 < " + trim(millis) + " ms");
        }

        static Target none() {
            return new Target(null, null, null, "(figure)");
        }

        Target andEveryRunUnder(double millis) {
            return new Target(maxRatio, maxP95, millis, text + (text.isEmpty() ? "" : "; ") + "every run < " + trim(millis) + " ms");
        }

        Target andP95Under(double millis) {
            return new Target(maxRatio, millis, maxAll, text + "; p95 < " + trim(millis) + " ms");
        }

        boolean met(Row row) {
            var ratio = row.ratio();
            return (maxRatio == null || ratio == null || ratio <= maxRatio)
                    && (maxP95 == null || row.p95() < maxP95)
                    && (maxAll == null || row.app().stream().allMatch(v -> v < maxAll));
        }
    }

    private final List<Row> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    void add(String operation, List<Double> app, @Nullable String rawWork, List<Double> raw, Target target) {
        var row = new Row(operation, List.copyOf(app), rawWork, List.copyOf(raw), target);
        rows.add(row);
        System.out.println(line(row)); // as it goes: a long run shows progress
    }

    void note(String note) {
        notes.add(note);
    }

    List<Row> rows() {
        return List.copyOf(rows);
    }

    String markdown(String heading) {
        var md = new StringBuilder("# ").append(heading).append("\n\n")
                .append("| operation | runs | median ms | p95 ms | max ms | raw SQL/JDBC (same work, same run) | raw median ms | ratio | target | met |\n")
                .append("|---|---:|---:|---:|---:|---|---:|---:|---|---|\n");
        for (var row : rows) {
            md.append(line(row)).append('\n');
        }
        if (!notes.isEmpty()) {
            md.append('\n');
            notes.forEach(note -> md.append("- ").append(note).append('\n'));
        }
        return md.toString();
    }

    void write(Path file, String heading) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, markdown(heading));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String line(Row row) {
        var raw = row.rawMedian();
        var ratio = row.ratio();
        return String.format(Locale.ROOT, "| %s | %d | %s | %s | %s | %s | %s | %s | %s | %s |", row.operation(), row.app().size(),
                ms(row.median()), ms(row.p95()), ms(row.app().stream().mapToDouble(Double::doubleValue).max().orElse(0)),
                row.rawWork() == null ? "—" : row.rawWork(), raw == null ? "—" : ms(raw),
                ratio == null ? "—" : String.format(Locale.ROOT, "%.2f×", ratio), row.target().text(), row.met() ? "yes" : "**no**");
    }

    private static String ms(double millis) {
        return millis >= 100 ? String.format(Locale.ROOT, "%,.0f", millis) : String.format(Locale.ROOT, "%.1f", millis);
    }

    private static String trim(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }

    /** Nearest-rank percentile. */
    static double percentile(List<Double> values, int percent) {
        var sorted = values.stream().sorted().toList();
        int rank = (int) Math.ceil(sorted.size() * percent / 100.0);
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }

    /** Runs the work {@code runs} times and returns the milliseconds of each run. */
    static List<Double> times(int runs, Runnable before, Supplier<?> work) {
        var times = new ArrayList<Double>();
        for (int i = 0; i < runs; i++) {
            before.run();
            long start = System.nanoTime();
            work.get();
            times.add((System.nanoTime() - start) / 1e6);
        }
        return times;
    }
}
