package org.migrationtracker.mailbox;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PreferredLanguageTest {

    @Test
    void exchanges_languages_give_the_first_ones_language_part() {
        assertThat(PreferredLanguage.fromExchange("da-DK")).contains(PreferredLanguage.DA);
        assertThat(PreferredLanguage.fromExchange("sv-SE fr-FR")).contains(PreferredLanguage.SV);
        assertThat(PreferredLanguage.fromExchange(" NL-be;en-US")).contains(PreferredLanguage.NL);
        assertThat(PreferredLanguage.fromExchange("en")).contains(PreferredLanguage.EN);
        assertThat(PreferredLanguage.fromExchange("")).contains(PreferredLanguage.NONE);
    }

    @Test
    void a_language_the_tracker_does_not_keep_has_no_value_to_report() {
        assertThat(PreferredLanguage.fromExchange("xx-YY")).isEmpty();
        assertThat(PreferredLanguage.fromExchange("de-DE da-DK")).as("only the first counts").isEmpty();
    }

    @Test
    void a_code_is_one_of_the_five_or_empty() {
        assertThat(PreferredLanguage.of("fr")).isEqualTo(PreferredLanguage.FR);
        assertThat(PreferredLanguage.of("")).isEqualTo(PreferredLanguage.NONE);
        assertThatThrownBy(() -> PreferredLanguage.of("de")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("da, sv, fr, nl, en");
    }
}
