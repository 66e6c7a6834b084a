package org.migrationtracker.project;

import java.util.ArrayList;
import java.util.List;

import static org.migrationtracker.project.MigrationMethod.CUTOVER;
import static org.migrationtracker.project.MigrationMethod.HYBRID;
import static org.migrationtracker.project.MigrationMethod.IMAP;
import static org.migrationtracker.project.MigrationMethod.STAGED;

/** What Microsoft's guidance says about a combination of settings: plain rules, no Spring. */
public final class ProjectAdvice {

    public enum Severity { PROBLEM, WARNING, INFO }

    /** One piece of advice: its key in the translation bundles ({@code advice.*}) and the arguments of its text. */
    public record Note(Severity severity, String key, List<Object> args) {

        public Note {
            args = List.copyOf(args);
        }
    }

    private static Note note(Severity severity, String key, Object... args) {
        return new Note(severity, "advice." + key, List.of(args));
    }

    private ProjectAdvice() {
    }

    public static List<Note> of(ProjectSettingsData settings) {
        var notes = new ArrayList<Note>();
        var method = settings.method();
        var source = settings.sourceVersion();
        if (method == STAGED && source != SourceVersion.EXCHANGE_2003 && source != SourceVersion.EXCHANGE_2007) {
            notes.add(note(Severity.PROBLEM, "staged-source", source.label()));
        }
        if (method == CUTOVER && (source == SourceVersion.EXCHANGE_2016 || source == SourceVersion.OTHER)) {
            notes.add(note(Severity.PROBLEM, "cutover-source"));
        }
        if ((method == CUTOVER || method == STAGED || method == HYBRID) && source == SourceVersion.OTHER) {
            notes.add(note(Severity.PROBLEM, "other-source"));
        }
        if (method == CUTOVER && settings.directorySync()) {
            notes.add(note(Severity.PROBLEM, "cutover-dirsync"));
        }
        if ((method == STAGED || method == HYBRID) && !settings.directorySync()) {
            notes.add(note(Severity.PROBLEM, method.name().toLowerCase(java.util.Locale.ROOT) + "-needs-dirsync"));
        }
        if (method == CUTOVER && settings.singleSignOn()) {
            // 004: neither directory synchronisation nor single sign-on can be deployed before a cutover
            notes.add(note(Severity.PROBLEM, "cutover-sso"));
        }
        if (method == STAGED && settings.singleSignOn()) {
            notes.add(note(Severity.INFO, "staged-sso"));
        }
        if (method == HYBRID && (source == SourceVersion.EXCHANGE_2003 || source == SourceVersion.EXCHANGE_2007)) {
            notes.add(note(Severity.INFO, "hybrid-server", source.label()));
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
        if (source == SourceVersion.EXCHANGE_2007 || source == SourceVersion.EXCHANGE_2010
                || source == SourceVersion.EXCHANGE_2013 || source == SourceVersion.EXCHANGE_2016) {
            notes.add(note(Severity.INFO, "end-of-support." + source.name()));
        }
        return notes;
    }
}
