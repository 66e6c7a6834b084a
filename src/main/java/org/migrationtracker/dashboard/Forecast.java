package org.migrationtracker.dashboard;

import java.time.LocalDate;
import java.util.Optional;
import java.util.SortedMap;

/** When the migration will finish at the current pace: plain arithmetic over the last days' completions. */
public final class Forecast {

    public static final int WINDOW_DAYS = 14;

    private Forecast() {
    }

    /** Mailboxes completed per day over the last {@link #WINDOW_DAYS} days, today included. */
    public static double pace(SortedMap<LocalDate, Integer> completionsPerDay, LocalDate today) {
        var from = today.minusDays(WINDOW_DAYS - 1L);
        int completed = completionsPerDay.subMap(from, today.plusDays(1)).values().stream().mapToInt(Integer::intValue).sum();
        return completed / (double) WINDOW_DAYS;
    }

    /** @return the day the last of {@code remaining} mailboxes is completed at that pace; empty without any pace */
    public static Optional<LocalDate> finish(int remaining, SortedMap<LocalDate, Integer> completionsPerDay, LocalDate today) {
        if (remaining <= 0) {
            return Optional.of(today);
        }
        double pace = pace(completionsPerDay, today);
        if (pace <= 0) {
            return Optional.empty();
        }
        return Optional.of(today.plusDays((long) Math.ceil(remaining / pace)));
    }
}
