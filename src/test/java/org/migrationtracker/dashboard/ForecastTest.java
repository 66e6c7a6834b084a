package org.migrationtracker.dashboard;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

class ForecastTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);

    @Test
    void the_pace_of_the_last_14_days_projects_the_finish() {
        var completions = new TreeMap<LocalDate, Integer>();
        completions.put(TODAY.minusDays(20), 500); // outside the window
        completions.put(TODAY.minusDays(10), 140);
        completions.put(TODAY, 0);

        assertThat(Forecast.pace(completions, TODAY)).isEqualTo(10.0);
        assertThat(Forecast.finish(95, completions, TODAY)).hasValue(TODAY.plusDays(10));
    }

    @Test
    void without_completions_there_is_no_forecast_and_nothing_remaining_means_done_today() {
        assertThat(Forecast.finish(10, new TreeMap<>(), TODAY)).isEmpty();
        assertThat(Forecast.finish(0, new TreeMap<>(), TODAY)).hasValue(TODAY);
    }
}
