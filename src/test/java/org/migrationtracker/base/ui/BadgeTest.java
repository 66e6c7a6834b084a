package org.migrationtracker.base.ui;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BadgeTest {

    @Test
    void a_badge_carries_lumos_badge_theme_in_its_tone_and_shows_the_text() {
        var badge = Badge.SUCCESS.of("Completed");

        assertThat(badge.getText()).isEqualTo("Completed");
        assertThat(badge.getElement().getAttribute("theme")).isEqualTo("badge success");
        assertThat(Badge.PLAIN.of("Syncing").getElement().getAttribute("theme")).isEqualTo("badge");
    }

    @Test
    void the_filled_and_rounded_variants_add_to_the_tone() {
        assertThat(Badge.ERROR.primary("Late").getElement().getAttribute("theme")).isEqualTo("badge error primary");
        assertThat(Badge.CONTRAST.pill("Optional").getElement().getAttribute("theme")).isEqualTo("badge contrast pill");
    }
}
