package org.migrationtracker.security;

import org.jspecify.annotations.Nullable;
import org.migrationtracker.i18n.Languages;
import org.migrationtracker.i18n.Refused;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Locale;
import java.util.Optional;

/** What a signed-in user chose for themselves: their language, remembered across sessions. */
@Service
public class UserPreferences {

    private final JdbcTemplate jdbc;

    UserPreferences(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The signed-in user's language, or empty to follow the browser. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Optional<Locale> language() {
        var languages = jdbc.queryForList("select language from tracker_user where lower(username) = lower(?)", String.class,
                CurrentUser.nameOnThisThread().orElse(""));
        return languages.stream().filter(language -> language != null).findFirst().map(Locale::of);
    }

    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void chooseLanguage(@Nullable Locale locale) {
        if (locale != null && !Languages.isSupported(locale.getLanguage())) {
            throw new Refused("language.unsupported", locale.getDisplayLanguage(Locale.ENGLISH));
        }
        jdbc.update("update tracker_user set language = ? where lower(username) = lower(?)",
                locale == null ? null : locale.getLanguage(), CurrentUser.nameOnThisThread().orElse(""));
    }
}
