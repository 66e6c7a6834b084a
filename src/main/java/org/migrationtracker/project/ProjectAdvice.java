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

    /**
     * One piece of advice: its key in the screens' translations with its arguments, and the English text (for the
     * API).
     */
    public record Note(Severity severity, String key, List<Object> args, String text) {

        public Note {
            args = List.copyOf(args);
        }
    }

    private static Note note(Severity severity, String key, String english, Object... args) {
        return new Note(severity, "advice." + key, List.of(args), english);
    }

    private ProjectAdvice() {
    }

    public static List<Note> of(ProjectSettingsData settings) {
        var notes = new ArrayList<Note>();
        var method = settings.method();
        var source = settings.sourceVersion();
        if (method == STAGED && source != SourceVersion.EXCHANGE_2003 && source != SourceVersion.EXCHANGE_2007) {
            notes.add(note(Severity.PROBLEM, "staged-source", "A staged migration works from Exchange 2003 or 2007 only; "
                    + source.label() + " mailboxes move with a hybrid deployment (or cutover below 2,000 mailboxes).", source.label()));
        }
        if (method == CUTOVER && (source == SourceVersion.EXCHANGE_2016 || source == SourceVersion.OTHER)) {
            notes.add(note(Severity.PROBLEM, "cutover-source", "A cutover migration works from Exchange 2003, 2007, 2010 or 2013."));
        }
        if ((method == CUTOVER || method == STAGED || method == HYBRID) && source == SourceVersion.OTHER) {
            notes.add(note(Severity.PROBLEM, "other-source", "Mailboxes outside Exchange (or before Exchange 2003) move by IMAP migration."));
        }
        if (method == CUTOVER && settings.directorySync()) {
            notes.add(note(Severity.PROBLEM, "cutover-dirsync", "Turn directory synchronisation off before a cutover migration starts, or it fails."));
        }
        if ((method == STAGED || method == HYBRID) && !settings.directorySync()) {
            notes.add(note(Severity.PROBLEM, method.name().toLowerCase() + "-needs-dirsync", "A " + method.name().toLowerCase()
                    + " migration needs directory synchronisation."));
        }
        if (method == CUTOVER && settings.singleSignOn()) {
            notes.add(note(Severity.WARNING, "cutover-sso", "With a cutover migration, set up single sign-on (AD FS) only after the migration."));
        }
        if (method == STAGED && settings.singleSignOn()) {
            notes.add(note(Severity.INFO, "staged-sso", "With single sign-on the batch CSV's ForceChangePassword must be False; the tracker exports False."));
        }
        if (method == HYBRID && (source == SourceVersion.EXCHANGE_2003 || source == SourceVersion.EXCHANGE_2007)) {
            notes.add(note(Severity.INFO, "hybrid-server", "A hybrid deployment from " + source.label()
                    + " needs at least one newer Exchange server on-premises as the hybrid server.", source.label()));
        }
        if (method == IMAP && source != SourceVersion.OTHER) {
            notes.add(note(Severity.WARNING, "imap-exchange", "IMAP migration moves mail only (no calendar, contacts or tasks); "
                    + "Exchange sources usually use cutover, staged or hybrid."));
        }
        if (method != IMAP && settings.migrationAdminAccount().isBlank()) {
            notes.add(note(Severity.WARNING, "admin-account", "Name the migration administrator account so that permission exports can be imported."));
        }
        if (settings.smtpDomains().isEmpty()) {
            notes.add(note(Severity.WARNING, "domains", "List the on-premises primary SMTP domain(s): each must be a verified domain in the tenant."));
        }
        endOfSupport(source).ifPresent(text -> notes.add(note(Severity.INFO, "end-of-support." + source.name(), text)));
        return notes;
    }

    private static java.util.Optional<String> endOfSupport(SourceVersion source) {
        return java.util.Optional.ofNullable(switch (source) {
            case EXCHANGE_2007 -> "Exchange 2007 support ended on 11 April 2017.";
            case EXCHANGE_2010 -> "Exchange 2010 support ended in January 2020.";
            case EXCHANGE_2013 -> "Exchange 2013 support ended in April 2023.";
            case EXCHANGE_2016 -> "Exchange 2016 support ended in October 2025.";
            default -> null;
        });
    }
}
