package org.migrationtracker.i18n;

import com.vaadin.flow.i18n.DefaultI18NProvider;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class FormatCacheTest {

    private final DefaultI18NProvider vaadin = new DefaultI18NProvider(Languages.SUPPORTED, Translations.class.getClassLoader());
    private final FormatCache cached = new FormatCache(vaadin);

    /** Arguments of each kind the texts take: numbers (choices too), words, dates. */
    private static final List<Object[]> ARGUMENTS = List.of(
            new Object[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9},
            new Object[] {1, "Sales", 1_234_567, "a", "b", "c", "d", "e", "f", "g"},
            new Object[] {"HR1", 2.5, "x", 12, "y", "z", 3, 4, 5, 6},
            new Object[] {Date.from(Instant.parse("2026-03-12T09:30:00Z")), 3, Date.from(Instant.parse("2026-04-01T00:00:00Z")),
                    "w", 5, 6, 7, 8, 9, 10});

    @Test
    void every_text_in_every_language_reads_as_vaadins_provider_writes_it() {
        int compared = 0;
        for (var locale : Languages.SUPPORTED) {
            for (var key : vaadin.getAllTranslations(locale).keySet()) {
                for (var args : ARGUMENTS) {
                    assertThat(outcome(() -> cached.getTranslation(key, locale, args)))
                            .as("%s in %s", key, locale).isEqualTo(outcome(() -> vaadin.getTranslation(key, locale, args)));
                    compared++;
                }
                // again: this time from the cache
                assertThat(outcome(() -> cached.getTranslation(key, locale, ARGUMENTS.get(0))))
                        .isEqualTo(outcome(() -> vaadin.getTranslation(key, locale, ARGUMENTS.get(0))));
            }
        }
        assertThat(compared).isGreaterThan(4 * 5 * 500);
    }

    @Test
    void a_text_without_arguments_and_a_missing_key_read_as_before() {
        var danish = Locale.forLanguageTag("da");
        assertThat(cached.getTranslation("nav.dashboard", danish)).isEqualTo(vaadin.getTranslation("nav.dashboard", danish));
        assertThat(cached.getTranslation("no.such.key", danish, 3)).isEqualTo(vaadin.getTranslation("no.such.key", danish, 3))
                .startsWith("!da: ");
    }

    @Test
    void many_threads_formatting_the_same_text_each_get_their_own_arguments() throws Exception {
        var key = "dashboard.tiles.sum";
        var english = Locale.ENGLISH;
        try (var pool = Executors.newFixedThreadPool(8)) {
            var results = new ArrayList<Future<Boolean>>();
            for (int t = 0; t < 8; t++) {
                results.add(pool.submit(() -> IntStream.range(0, 5_000).allMatch(n ->
                        cached.getTranslation(key, english, n).equals(vaadin.getTranslation(key, english, n)))));
            }
            for (var result : results) {
                assertThat(result.get()).isTrue();
            }
        }
    }

    private static String outcome(java.util.function.Supplier<String> text) {
        try {
            return text.get();
        } catch (IllegalArgumentException refused) {
            return "refused: " + refused.getClass().getName();
        }
    }
}
