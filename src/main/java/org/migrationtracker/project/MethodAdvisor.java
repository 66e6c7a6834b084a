package org.migrationtracker.project;

import org.jspecify.annotations.Nullable;
import org.migrationtracker.i18n.Message;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.migrationtracker.project.MigrationMethod.CUTOVER;
import static org.migrationtracker.project.MigrationMethod.HYBRID;
import static org.migrationtracker.project.MigrationMethod.IMAP;
import static org.migrationtracker.project.MigrationMethod.STAGED;
import static org.migrationtracker.project.SourceVersion.EXCHANGE_2003;
import static org.migrationtracker.project.SourceVersion.EXCHANGE_2007;
import static org.migrationtracker.project.SourceVersion.EXCHANGE_2010;
import static org.migrationtracker.project.SourceVersion.EXCHANGE_2013;
import static org.migrationtracker.project.SourceVersion.EXCHANGE_2016;

/**
 * Which migration method Microsoft's guidance recommends for a project (DOMAIN.md §2; seeds 000/003, 001, 002, 004),
 * with the reasons and the warnings. The one table of the rules: {@link ProjectAdvice} says what it says about a
 * method already chosen from the same table. Plain Java.
 */
public final class MethodAdvisor {

    /** Microsoft recommends a cutover up to this many mailboxes, and warns above (000, 001). */
    public static final int CUTOVER_RECOMMENDED = 150;
    /** A cutover moves at most this many mailboxes (000, 001; 004's older guidance says 1,000). */
    public static final int CUTOVER_LIMIT = 2_000;

    /** The source versions each method moves mailboxes from (§2's table). */
    private static final Map<MigrationMethod, Set<SourceVersion>> SOURCES = Map.of(
            CUTOVER, EnumSet.of(EXCHANGE_2003, EXCHANGE_2007, EXCHANGE_2010, EXCHANGE_2013),
            STAGED, EnumSet.of(EXCHANGE_2003, EXCHANGE_2007),
            HYBRID, EnumSet.of(EXCHANGE_2003, EXCHANGE_2007, EXCHANGE_2010, EXCHANGE_2013, EXCHANGE_2016),
            IMAP, EnumSet.allOf(SourceVersion.class));

    /**
     * What the advice depends on.
     *
     * @param mailboxes        the inventory's count, or the number expected before any import; null when unknown
     * @param longCoexistence  on-premises and cloud mailboxes must coexist for months (free/busy, one address list)
     * @param directorySync    directory synchronisation is wanted (or on)
     * @param singleSignOn     single sign-on (AD FS) is wanted (or on)
     */
    public record Facts(SourceVersion source, @Nullable Integer mailboxes, boolean longCoexistence, boolean directorySync,
                        boolean singleSignOn) {
    }

    /** The method to use, why, and what to watch for. */
    public record Recommendation(MigrationMethod method, List<ProjectAdvice.Note> reasons, List<ProjectAdvice.Note> warnings) {

        public Recommendation {
            reasons = List.copyOf(reasons);
            warnings = List.copyOf(warnings);
        }
    }

    private MethodAdvisor() {
    }

    /** Whether the method moves mailboxes from this source at all. */
    public static boolean supports(MigrationMethod method, SourceVersion source) {
        return SOURCES.get(method).contains(source);
    }

    public static Recommendation recommend(Facts facts) {
        var reasons = new ArrayList<ProjectAdvice.Note>();
        var warnings = new ArrayList<ProjectAdvice.Note>();
        var source = facts.source();
        Integer count = facts.mailboxes();
        if (source == SourceVersion.OTHER) {
            reasons.add(note("advice.reason.imap-source"));
            return new Recommendation(IMAP, reasons, warnings);
        }
        boolean stagedPossible = supports(STAGED, source);
        boolean cutoverFits = count != null && count <= CUTOVER_LIMIT;
        boolean cutoverBlocked = facts.directorySync() || facts.singleSignOn();
        MigrationMethod method;
        if (facts.longCoexistence()) {
            method = HYBRID;
            reasons.add(note("advice.reason.coexistence"));
        } else if (supports(CUTOVER, source) && count != null && count <= CUTOVER_RECOMMENDED && !cutoverBlocked) {
            method = CUTOVER;
            reasons.add(note("advice.reason.small", count));
        } else if (stagedPossible) {
            method = STAGED;
            reasons.add(count == null ? note("advice.reason.staged-source", source.label()) : count > CUTOVER_RECOMMENDED
                    ? note("advice.reason.staged-size", count) : note("advice.reason.staged-source", source.label()));
        } else {
            method = HYBRID;
            reasons.add(note("advice.reason.hybrid-source", source.label()));
        }
        // why not a cutover, where one would otherwise be possible (coexistence for months explains itself)
        if (method != CUTOVER && supports(CUTOVER, source) && !facts.longCoexistence()) {
            if (count != null && count > CUTOVER_LIMIT) {
                reasons.add(note("advice.reason.no-cutover-size", count));
            } else {
                if (facts.directorySync()) {
                    reasons.add(note("advice.reason.no-cutover-dirsync"));
                }
                if (facts.singleSignOn()) {
                    reasons.add(note("advice.reason.no-cutover-sso"));
                }
                if (cutoverFits && count > CUTOVER_RECOMMENDED && !cutoverBlocked) {
                    warnings.add(note("advice.warning.cutover-possible", count));
                }
            }
        }
        if (count == null) {
            warnings.add(note("advice.warning.count-unknown"));
        }
        if (method == HYBRID && (source == EXCHANGE_2003 || source == EXCHANGE_2007)) {
            warnings.add(note("advice.hybrid-server." + source.name()));
        }
        if ((method == STAGED || method == HYBRID) && !facts.directorySync()) {
            warnings.add(note("advice.warning.needs-dirsync"));
        }
        endOfSupport(source).ifPresent(warnings::add);
        return new Recommendation(method, reasons, warnings);
    }

    /** When the chosen method is not the recommended one: a warning that says what the guidance recommends and why. */
    public static Optional<ProjectAdvice.Note> differs(Recommendation recommendation, MigrationMethod chosen) {
        if (recommendation.method() == chosen) {
            return Optional.empty();
        }
        return Optional.of(new ProjectAdvice.Note(ProjectAdvice.Severity.WARNING, "advice.recommendation-differs",
                List.of(Message.of("method." + chosen.name()),
                        Message.of("method." + recommendation.method().name()),
                        recommendation.reasons().stream().map(ProjectAdvice.Note::message).toList())));
    }

    /** 000: Exchange 2007 support ended 11 April 2017, 2010 in January 2020, 2013 in April 2023, 2016 in October 2025. */
    static Optional<ProjectAdvice.Note> endOfSupport(SourceVersion source) {
        return source == EXCHANGE_2007 || source == EXCHANGE_2010 || source == EXCHANGE_2013 || source == EXCHANGE_2016
                ? Optional.of(new ProjectAdvice.Note(ProjectAdvice.Severity.INFO, "advice.end-of-support." + source.name(), List.of()))
                : Optional.empty();
    }

    private static ProjectAdvice.Note note(String key, Object... args) {
        var severity = key.startsWith("advice.reason.") ? ProjectAdvice.Severity.INFO : ProjectAdvice.Severity.WARNING;
        return new ProjectAdvice.Note(severity, key, List.of(args));
    }
}
