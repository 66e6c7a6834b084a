package org.migrationtracker.security.audit;

import org.jspecify.annotations.Nullable;
import org.migrationtracker.i18n.Refused;
import org.migrationtracker.security.SecurityEvent.Kind;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What admins narrow the security log to: some kinds (none chosen: all), a text found in the actor or the subject
 * (case does not matter), and days from and to (both included, in the tracker's time zone). Plain Java: it writes its
 * own SQL condition.
 *
 * @param text part of a user name; blank for any
 */
public record SecurityLogFilter(Set<Kind> kinds, String text, @Nullable LocalDate from, @Nullable LocalDate to) {

    public static final int MAX_TEXT = 200;

    public SecurityLogFilter {
        kinds = kinds.isEmpty() ? EnumSet.noneOf(Kind.class) : EnumSet.copyOf(kinds);
        text = text.strip();
        if (text.length() > MAX_TEXT) {
            throw new Refused("security-log.text-too-long", MAX_TEXT);
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw new Refused("security-log.dates-reversed");
        }
    }

    public static SecurityLogFilter all() {
        return new SecurityLogFilter(Set.of(), "", null, null);
    }

    /** The SQL condition (after {@code where}) and its arguments, in order. */
    Condition condition(ZoneId zone) {
        var where = new ArrayList<String>();
        var args = new ArrayList<Object>();
        where.add("true");
        if (!kinds.isEmpty()) {
            where.add("kind in (" + String.join(", ", kinds.stream().map(kind -> "?").toList()) + ")");
            kinds.forEach(kind -> args.add(kind.name()));
        }
        if (!text.isEmpty()) {
            where.add("(lower(actor) like ? escape '\\' or lower(subject) like ? escape '\\')");
            String pattern = "%" + escaped(text.toLowerCase(Locale.ROOT)) + "%";
            args.add(pattern);
            args.add(pattern);
        }
        if (from != null) {
            where.add("at >= ?");
            args.add(Timestamp.from(from.atStartOfDay(zone).toInstant()));
        }
        if (to != null) {
            where.add("at < ?");
            args.add(Timestamp.from(to.plusDays(1).atStartOfDay(zone).toInstant()));
        }
        return new Condition(String.join(" and ", where), List.copyOf(args));
    }

    private static String escaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    record Condition(String sql, List<Object> args) {
    }
}
