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
import java.util.Set;
import java.util.TreeSet;

/** What a signed-in user chose for themselves: their language and the columns they hid, remembered across sessions. */
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

    /** The columns the signed-in user hid in this grid (column keys); empty when they never chose. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Set<String> hiddenColumns(String grid) {
        var hidden = jdbc.query("""
                        select unnest(c.hidden) from tracker_user_grid_columns c join tracker_user u on u.id = c.user_id
                        where lower(u.username) = lower(?) and c.grid = ?""",
                (rs, n) -> rs.getString(1), CurrentUser.nameOnThisThread().orElse(""), grid);
        return Set.copyOf(hidden);
    }

    /** Remembers the columns the signed-in user hides in this grid, replacing what they chose before. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void hideColumns(String grid, Set<String> hidden) {
        jdbc.update(con -> {
            var ps = con.prepareStatement("""
                    insert into tracker_user_grid_columns (user_id, grid, hidden)
                    select id, ?, ? from tracker_user where lower(username) = lower(?)
                    on conflict (user_id, grid) do update set hidden = excluded.hidden""");
            ps.setString(1, grid);
            ps.setArray(2, con.createArrayOf("text", new TreeSet<>(hidden).toArray()));
            ps.setString(3, CurrentUser.nameOnThisThread().orElse(""));
            return ps;
        });
    }
}
