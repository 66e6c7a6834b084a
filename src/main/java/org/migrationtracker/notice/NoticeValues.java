package org.migrationtracker.notice;

import org.jspecify.annotations.Nullable;
import org.migrationtracker.i18n.Message;
import org.migrationtracker.lookup.Guidance;
import org.migrationtracker.mailbox.Mailbox;
import org.migrationtracker.project.MigrationMethod;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The placeholders of a notice for one user, in the reader's language and date format. What to do comes from the same
 * rules as the helpdesk card ({@link Guidance}), so a letter and the helpdesk never say different things. Plain Java.
 */
final class NoticeValues {

    /** Every placeholder a template may use, in the order the editor lists them. */
    static final List<String> NAMES = List.of("name", "address", "organisation", "batch", "moveDate", "moveEnd", "movedOn",
            "todo", "newProfile", "keepsProfile", "temporaryPassword", "password");

    private NoticeValues() {
    }

    /**
     * @param project    the project's facts the card uses
     * @param batch      the mailbox's batch, if any
     * @param movedAt    when the mailbox completed, if it did
     * @param password   the temporary password, only for the one announcement that carries it
     */
    static Map<String, Object> of(Mailbox mailbox, Guidance.Project project, String organisation, @Nullable NoticeBatch batch,
                                  @Nullable Instant movedAt, LocalDate today, Locale locale, ZoneId zone, @Nullable String password) {
        var days = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        var values = new LinkedHashMap<String, Object>();
        values.put("name", mailbox.inventory().name());
        values.put("address", mailbox.primaryAddress());
        values.put("organisation", organisation);
        values.put("batch", batch == null ? "" : batch.name());
        LocalDate start = batch == null ? null
                : batch.plannedStart() != null ? batch.plannedStart()
                : batch.startedAt() != null ? batch.startedAt().atZone(zone).toLocalDate() : null;
        values.put("moveDate", start == null ? "" : days.format(start));
        values.put("moveEnd", batch == null || batch.plannedEnd() == null ? "" : days.format(batch.plannedEnd()));
        values.put("movedOn", movedAt == null ? "" : days.format(movedAt.atZone(zone).toLocalDate()));
        var card = Guidance.of(mailbox, project, movedAt, today);
        values.put("todo", list(card.toDo(), locale));
        MigrationMethod method = batch == null ? project.method() : batch.method();
        boolean newProfile = method == MigrationMethod.CUTOVER || method == MigrationMethod.STAGED;
        values.put("newProfile", newProfile);
        values.put("keepsProfile", method == MigrationMethod.HYBRID);
        values.put("temporaryPassword", newProfile && !project.singleSignOn());
        values.put("password", password == null ? "" : password);
        return values;
    }

    /** The card's lines as an HTML list, each escaped (the template shows it with {{{todo}}}). */
    private static String list(List<Guidance.Line> lines, Locale locale) {
        var html = new StringBuilder("<ul>");
        for (var line : lines) {
            html.append("<li>").append(escape(Message.of(line.key(), line.args().toArray()).in(locale))).append("</li>");
        }
        return html.append("</ul>").toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
