package org.migrationtracker.benchmark.load;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Supplier;

/** What the simulated people measured: each action's durations, and every error (which must stay none). */
final class Timings {

    /** One row of the report: an action's count, median, 95th percentile and maximum in milliseconds. */
    record Row(String action, int count, double p50, double p95, double max) {
    }

    /** When a measured action started and how long it took, in nanoseconds. */
    private record Sample(long startedAt, long took) {
    }

    private final Map<String, Queue<Sample>> durations = new ConcurrentHashMap<>();
    private final Queue<String> errors = new ConcurrentLinkedQueue<>();
    private volatile boolean recording = true;

    /** Runs the action and records how long it took, from the request sent to its answer applied. */
    <T> T time(String action, Supplier<T> work) {
        long start = System.nanoTime();
        T result = work.get();
        if (recording) {
            durations.computeIfAbsent(action, a -> new ConcurrentLinkedQueue<>()).add(new Sample(start, System.nanoTime() - start));
        }
        return result;
    }

    void time(String action, Runnable work) {
        time(action, () -> {
            work.run();
            return null;
        });
    }

    void error(String what) {
        errors.add(what);
    }

    List<String> errors() {
        return List.copyOf(errors);
    }

    /** Starts measuring afresh (after a warm-up), errors included. */
    void reset() {
        durations.clear();
        errors.clear();
    }

    List<Row> rows() {
        return rows(Long.MIN_VALUE, Long.MAX_VALUE);
    }

    /** The actions that started from {@code from} (inclusive) to {@code to} (exclusive), on {@link System#nanoTime()}. */
    List<Row> rows(long from, long to) {
        var rows = new ArrayList<Row>();
        new TreeMap<>(durations).forEach((action, queue) -> {
            var sorted = new ArrayList<Long>();
            queue.stream().filter(sample -> sample.startedAt() >= from && sample.startedAt() < to).forEach(sample -> sorted.add(sample.took()));
            Collections.sort(sorted);
            if (!sorted.isEmpty()) {
                rows.add(new Row(action, sorted.size(), sorted.get(sorted.size() / 2) / 1e6,
                        sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1) / 1e6, sorted.getLast() / 1e6));
            }
        });
        return rows;
    }
}
