package org.migrationtracker.project;

import org.jspecify.annotations.Nullable;
import org.migrationtracker.i18n.Message;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.migrationtracker.project.MigrationMethod.CUTOVER;
import static org.migrationtracker.project.MigrationMethod.HYBRID;
import static org.migrationtracker.project.MigrationMethod.IMAP;
import static org.migrationtracker.project.MigrationMethod.STAGED;

/**
 * What Microsoft's guidance says about the project's settings: first the method it recommends ({@link MethodAdvisor})
 * and, when the chosen method differs, why; then what holds for the chosen method. Which method moves mailboxes from
 * which source comes from the advisor's one table, so the notes never contradict each other. Plain rules, no Spring.
 */
public final class ProjectAdvice {

    public enum Severity { PROBLEM, WARNING, INFO }

    /** One piece of advice: its key in the translation bundles ({@code advice.*}) and the arguments of its text. */
    public record Note(Severity severity, String key, List<Object> args) {

        public Note {
            args = List.copyOf(args);
        }

        /** The sentence, to be said in the reader's language (arguments that are messages too). */
        public Message message() {
            return Message.of(key, args.toArray());
        }
    }

    /** The recommendation and the notes on the chosen settings. */
    public record Advice(MethodAdvisor.Recommendation recommendation, List<Note> notes) {

        public Advice {
            notes = List.copyOf(notes);
        }
    }

    private static Note note(Severity severity, String key, Object... args) {
        return new Note(severity, "advice." + key, List.of(args));
    }

    private ProjectAdvice() {
    }

    /** @param inventory how many mailboxes the inventory holds (0 before any import) */
    public static Advice of(ProjectSettingsData settings, int inventory) {
        var recommendation = MethodAdvisor.recommend(facts(settings, inventory));
        var notes = new ArrayList<Note>();
        MethodAdvisor.differs(recommendation, settings.method()).ifPresent(notes::add);
        // what the recommendation already warns about is said once
        var warned = recommendation.warnings().stream().map(Note::key).toList();
        of(settings).stream().filter(note -> !warned.contains(note.key())).forEach(notes::add);
        return new Advice(recommendation, notes);
    }

    /** The inventory's count once there is one, else the number the admin expects. */
    static MethodAdvisor.Facts facts(ProjectSettingsData settings, int inventory) {
        @Nullable Integer mailboxes = inventory > 0 ? Integer.valueOf(inventory) : settings.expectedMailboxes();
        return new MethodAdvisor.Facts(settings.sourceVersion(), mailboxes, settings.longCoexistence(), settings.directorySync(),
                settings.singleSignOn());
    }

    /** What holds for the chosen method and settings, whatever is recommended. */
    static List<Note> of(ProjectSettingsData settings) {
        var notes = new ArrayList<Note>();
        var method = settings.method();
        var source = settings.sourceVersion();
        if (!MethodAdvisor.supports(method, source)) {
            notes.add(note(Severity.PROBLEM, method == STAGED ? "staged-source" : method == CUTOVER ? "cutover-source" : "other-source",
                    source.label()));
        }
        if (method == CUTOVER && settings.directorySync()) {
            notes.add(note(Severity.PROBLEM, "cutover-dirsync"));
        }
        if ((method == STAGED || method == HYBRID) && !settings.directorySync()) {
            notes.add(note(Severity.PROBLEM, method.name().toLowerCase(Locale.ROOT) + "-needs-dirsync"));
        }
        if (method == CUTOVER && settings.singleSignOn()) {
            // 004: neither directory synchronisation nor single sign-on can be deployed before a cutover
            notes.add(note(Severity.PROBLEM, "cutover-sso"));
        }
        if (method == STAGED && settings.singleSignOn()) {
            notes.add(note(Severity.INFO, "staged-sso"));
        }
        if (method == HYBRID && (source == SourceVersion.EXCHANGE_2003 || source == SourceVersion.EXCHANGE_2007)) {
            notes.add(note(Severity.INFO, "hybrid-server." + source.name()));
        }
        if (method == IMAP && source != SourceVersion.OTHER) {
            notes.add(note(Severity.WARNING, "imap-exchange"));
        }
        if (method != IMAP && settings.migrationAdminAccount().isBlank()) {
            notes.add(note(Severity.WARNING, "admin-account"));
        }
        if (settings.smtpDomains().isEmpty()) {
            notes.add(note(Severity.WARNING, "domains"));
        }
        MethodAdvisor.endOfSupport(source).ifPresent(notes::add);
        return notes;
    }
}
