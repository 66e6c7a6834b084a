package org.migrationtracker.base.ui;

import org.junit.jupiter.api.Test;
import org.migrationtracker.i18n.Languages;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The connection strip ("Online", "Connection lost") is not left in Vaadin's English. */
class ConnectionTextsTest {

    private static final List<String> VAADIN_DEFAULTS = List.of("Online", "Connection lost", "Connection lost, trying to reconnect...");

    @Test
    void the_connection_indicator_gets_its_three_texts_in_the_readers_language() {
        assertThat(ConnectionTexts.in(Locale.ENGLISH)).containsExactly("Online", "Connection lost", "Connection lost, trying to reconnect …");
        assertThat(ConnectionTexts.in(Locale.forLanguageTag("da"))).containsExactly("Forbundet igen", "Forbindelsen er afbrudt",
                "Forbindelsen er afbrudt, prøver at genoprette den …");
        for (var locale : Languages.SUPPORTED) {
            if (!locale.getLanguage().equals("en")) {
                assertThat(ConnectionTexts.in(locale)).as("%s", locale).hasSize(3).doesNotContainAnyElementsOf(VAADIN_DEFAULTS);
            }
        }
    }

    @Test
    void the_script_sets_the_indicators_three_texts_only_where_the_indicator_exists() {
        assertThat(ConnectionTexts.SCRIPT).contains("window.Vaadin.connectionIndicator", "onlineText = $0", "offlineText = $1",
                "reconnectingText = $2", "if (indicator)");
    }
}
