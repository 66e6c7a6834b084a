package org.migrationtracker.project;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.migrationtracker.i18n.Message;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.migrationtracker.project.MigrationMethod.CUTOVER;
import static org.migrationtracker.project.MigrationMethod.HYBRID;
import static org.migrationtracker.project.MigrationMethod.IMAP;
import static org.migrationtracker.project.MigrationMethod.STAGED;

/** DOMAIN.md §2, row by row: which method the guidance recommends, and why. */
class MethodAdvisorTest {

    private static MethodAdvisor.Recommendation advise(SourceVersion source, @Nullable Integer mailboxes, boolean months,
                                                       boolean dirSync, boolean sso) {
        return MethodAdvisor.recommend(new MethodAdvisor.Facts(source, mailboxes, months, dirSync, sso));
    }

    private static List<String> keys(List<ProjectAdvice.Note> notes) {
        return notes.stream().map(ProjectAdvice.Note::key).toList();
    }

    @ParameterizedTest(name = "{0}, {1} mailboxes, coexist {2}, dirsync {3}, sso {4} -> {5}")
    @CsvSource(textBlock = """
            # cutover: fewer than 150 recommended, from 2003, 2007, 2010, 2013, without directory sync or single sign-on
            EXCHANGE_2003,    40, false, false, false, CUTOVER, advice.reason.small
            EXCHANGE_2007,   150, false, false, false, CUTOVER, advice.reason.small
            EXCHANGE_2010,   120, false, false, false, CUTOVER, advice.reason.small
            EXCHANGE_2013,    10, false, false, false, CUTOVER, advice.reason.small
            # staged: more than 150, Exchange 2003 or 2007 only, no total limit
            EXCHANGE_2003,   151, false, true,  false, STAGED,  advice.reason.staged-size;advice.reason.no-cutover-dirsync
            EXCHANGE_2007,  5000, false, true,  false, STAGED,  advice.reason.staged-size;advice.reason.no-cutover-size
            # small, but directory sync or single sign-on wanted: no cutover; staged from 2003/2007
            EXCHANGE_2007,    80, false, true,  false, STAGED,  advice.reason.staged-source;advice.reason.no-cutover-dirsync
            EXCHANGE_2007,    80, false, false, true,  STAGED,  advice.reason.staged-source;advice.reason.no-cutover-sso
            # Exchange 2010 and later use hybrid, not staged
            EXCHANGE_2010,   500, false, true,  false, HYBRID,  advice.reason.hybrid-source;advice.reason.no-cutover-dirsync
            EXCHANGE_2013, 30000, false, true,  false, HYBRID,  advice.reason.hybrid-source;advice.reason.no-cutover-size
            EXCHANGE_2010,    80, false, true,  false, HYBRID,  advice.reason.hybrid-source;advice.reason.no-cutover-dirsync
            # Exchange 2016: no cutover at all (2003 to 2013 only)
            EXCHANGE_2016,    20, false, false, false, HYBRID,  advice.reason.hybrid-source
            # months of coexistence: hybrid, from any Exchange version
            EXCHANGE_2007,  3000, true,  true,  false, HYBRID,  advice.reason.coexistence
            EXCHANGE_2013,    50, true,  true,  false, HYBRID,  advice.reason.coexistence
            # IMAP: pre-2003 Exchange or another system
            OTHER,           200, false, false, false, IMAP,    advice.reason.imap-source
            OTHER,            10, true,  true,  true,  IMAP,    advice.reason.imap-source
            """, commentCharacter = '#')
    void the_recommendation_follows_the_guidance(SourceVersion source, int mailboxes, boolean months, boolean dirSync, boolean sso,
                                                 MigrationMethod expected, String reasons) {
        var recommendation = advise(source, mailboxes, months, dirSync, sso);

        assertThat(recommendation.method()).isEqualTo(expected);
        assertThat(keys(recommendation.reasons())).containsExactlyElementsOf(Arrays.asList(reasons.split(";")));
    }

    @Test
    void between_150_and_2000_a_cutover_is_still_possible_and_the_older_1000_figure_is_named() {
        var recommendation = advise(SourceVersion.EXCHANGE_2007, 900, false, false, false);

        assertThat(recommendation.method()).isEqualTo(STAGED);
        assertThat(recommendation.warnings()).extracting(note -> note.message().english()).contains(
                "A cutover would still work with 900 mailboxes (at most 2,000; older guidance said 1,000), but Microsoft recommends it only up to 150.");
        assertThat(keys(advise(SourceVersion.EXCHANGE_2007, 2_001, false, true, false).warnings()))
                .doesNotContain("advice.warning.cutover-possible");
    }

    @Test
    void a_staged_or_hybrid_recommendation_warns_when_directory_synchronisation_is_not_planned() {
        assertThat(keys(advise(SourceVersion.EXCHANGE_2007, 900, false, false, false).warnings())).contains("advice.warning.needs-dirsync");
        assertThat(keys(advise(SourceVersion.EXCHANGE_2007, 900, false, true, false).warnings())).doesNotContain("advice.warning.needs-dirsync");
    }

    @Test
    void hybrid_from_exchange_2003_or_2007_names_the_hybrid_server_it_needs() {
        assertThat(advise(SourceVersion.EXCHANGE_2003, 3_000, true, true, false).warnings()).extracting(n -> n.message().english())
                .contains("A hybrid deployment from Exchange 2003 needs an Exchange 2010 server on-premises as the hybrid server.");
        assertThat(advise(SourceVersion.EXCHANGE_2007, 3_000, true, true, false).warnings()).extracting(n -> n.message().english())
                .anySatisfy(text -> assertThat(text).contains("Exchange 2010, or Exchange 2013 in an Exchange 2007 organisation"));
        assertThat(keys(advise(SourceVersion.EXCHANGE_2013, 3_000, true, true, false).warnings()))
                .noneMatch(key -> key.startsWith("advice.hybrid-server"));
    }

    @Test
    void the_end_of_support_of_the_source_version_is_said() {
        assertThat(advise(SourceVersion.EXCHANGE_2007, 100, false, false, false).warnings()).extracting(n -> n.message().english())
                .contains("Exchange 2007 support ended on 11 April 2017.");
        assertThat(keys(advise(SourceVersion.EXCHANGE_2010, 100, false, false, false).warnings())).contains("advice.end-of-support.EXCHANGE_2010");
        assertThat(keys(advise(SourceVersion.EXCHANGE_2013, 100, false, false, false).warnings())).contains("advice.end-of-support.EXCHANGE_2013");
        assertThat(keys(advise(SourceVersion.EXCHANGE_2016, 100, false, false, false).warnings())).contains("advice.end-of-support.EXCHANGE_2016");
        assertThat(keys(advise(SourceVersion.EXCHANGE_2003, 100, false, false, false).warnings())).noneMatch(k -> k.startsWith("advice.end-of-support"));
    }

    @Test
    void without_a_mailbox_count_there_is_no_cutover_recommendation_and_a_warning_asks_for_it() {
        var recommendation = advise(SourceVersion.EXCHANGE_2007, null, false, false, false);

        assertThat(recommendation.method()).isEqualTo(STAGED);
        assertThat(keys(recommendation.warnings())).contains("advice.warning.count-unknown");
    }

    @Test
    void a_chosen_method_that_differs_is_warned_about_with_the_recommendation_and_its_reasons() {
        var recommendation = advise(SourceVersion.EXCHANGE_2010, 500, false, false, false);

        var differs = MethodAdvisor.differs(recommendation, STAGED).orElseThrow();

        assertThat(differs.severity()).isEqualTo(ProjectAdvice.Severity.WARNING);
        assertThat(differs.message().english()).isEqualTo("The chosen method is Staged, but Microsoft's guidance recommends Hybrid for"
                + " this project: From Exchange 2010, mailboxes move with a hybrid deployment: a staged migration works from Exchange 2003 or 2007 only.");
        assertThat(differs.message().in(Locale.of("da"))).startsWith("Den valgte metode er Trinvis");
        assertThat(MethodAdvisor.differs(recommendation, HYBRID)).isEmpty();
    }

    @Test
    void which_sources_each_method_moves_from_is_one_table() {
        for (var source : SourceVersion.values()) {
            assertThat(MethodAdvisor.supports(STAGED, source)).as("staged from " + source)
                    .isEqualTo(source == SourceVersion.EXCHANGE_2003 || source == SourceVersion.EXCHANGE_2007);
            assertThat(MethodAdvisor.supports(CUTOVER, source)).as("cutover from " + source)
                    .isEqualTo(source != SourceVersion.EXCHANGE_2016 && source != SourceVersion.OTHER);
            assertThat(MethodAdvisor.supports(HYBRID, source)).as("hybrid from " + source).isEqualTo(source != SourceVersion.OTHER);
            assertThat(MethodAdvisor.supports(IMAP, source)).isTrue();
        }
        assertThat(Message.of("advice.staged-source", "Exchange 2016").english()).doesNotContain("cutover");
    }
}
