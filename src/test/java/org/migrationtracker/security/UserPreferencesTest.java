package org.migrationtracker.security;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.migrationtracker.IntegrationTest;
import org.migrationtracker.i18n.Languages;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
@WithMockUser(username = "admin", roles = "ADMIN")
class UserPreferencesTest {

    @Autowired UserPreferences preferences;

    @AfterEach
    void followTheBrowserAgain() {
        preferences.chooseLanguage(null);
    }

    @Test
    void a_chosen_language_is_remembered_and_null_follows_the_browser_again() {
        assertThat(preferences.language()).isEmpty();

        preferences.chooseLanguage(Locale.of("da"));

        assertThat(preferences.language()).hasValue(Locale.of("da"));
        preferences.chooseLanguage(null);
        assertThat(preferences.language()).isEmpty();
    }

    @Test
    void only_the_five_supported_languages_can_be_chosen() {
        assertThatThrownBy(() -> preferences.chooseLanguage(Locale.GERMAN)).hasMessage("The tracker does not speak German");
        assertThat(Languages.SUPPORTED).extracting(Languages::nameOf)
                .containsExactly("English", "Dansk", "Svenska", "Français", "Nederlands");
    }
}
