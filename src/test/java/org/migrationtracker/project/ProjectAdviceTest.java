package org.migrationtracker.project;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ProjectAdviceTest {

    private static ProjectSettingsData settings(SourceVersion source, MigrationMethod method, boolean dirSync, boolean sso) {
        return new ProjectSettingsData("Contoso", List.of("contoso.com"), source, method, dirSync, sso, "migadmin", "");
    }

    private static List<String> keys(ProjectSettingsData settings) {
        return ProjectAdvice.of(settings).stream().map(ProjectAdvice.Note::key).toList();
    }

    @Test
    void a_staged_migration_from_exchange_2010_is_a_problem_and_names_the_version() {
        var notes = ProjectAdvice.of(settings(SourceVersion.EXCHANGE_2010, MigrationMethod.STAGED, true, false));

        var staged = notes.stream().filter(note -> note.key().equals("advice.staged-source")).findFirst().orElseThrow();
        assertThat(staged.severity()).isEqualTo(ProjectAdvice.Severity.PROBLEM);
        assertThat(staged.args()).containsExactly(SourceVersion.EXCHANGE_2010.label());
    }

    @Test
    void cutover_with_directory_sync_on_is_a_problem_and_staged_without_it_too() {
        assertThat(keys(settings(SourceVersion.EXCHANGE_2010, MigrationMethod.CUTOVER, true, false))).contains("advice.cutover-dirsync");
        assertThat(keys(settings(SourceVersion.EXCHANGE_2007, MigrationMethod.STAGED, false, false))).contains("advice.staged-needs-dirsync");
        assertThat(keys(settings(SourceVersion.EXCHANGE_2013, MigrationMethod.HYBRID, false, false))).contains("advice.hybrid-needs-dirsync");
    }

    @Test
    void cutover_with_single_sign_on_is_a_problem_not_a_warning() {
        var sso = ProjectAdvice.of(settings(SourceVersion.EXCHANGE_2010, MigrationMethod.CUTOVER, false, true)).stream()
                .filter(note -> note.key().equals("advice.cutover-sso")).findFirst().orElseThrow();

        assertThat(sso.severity()).isEqualTo(ProjectAdvice.Severity.PROBLEM);
    }

    @Test
    void a_sound_staged_project_from_exchange_2003_gets_no_advice() {
        assertThat(ProjectAdvice.of(settings(SourceVersion.EXCHANGE_2003, MigrationMethod.STAGED, true, false))).isEmpty();
    }

    @Test
    void exchange_2016_carries_its_end_of_support_note_and_2003_none() {
        assertThat(keys(settings(SourceVersion.EXCHANGE_2016, MigrationMethod.HYBRID, true, false)))
                .containsExactly("advice.end-of-support.EXCHANGE_2016");
        assertThat(keys(settings(SourceVersion.EXCHANGE_2003, MigrationMethod.CUTOVER, false, false))).isEmpty();
    }

    @Test
    void the_advice_leads_with_the_recommendation_differing_and_says_each_note_once() {
        var advice = ProjectAdvice.of(settings(SourceVersion.EXCHANGE_2010, MigrationMethod.STAGED, true, false), 500);

        assertThat(advice.recommendation().method()).isEqualTo(MigrationMethod.HYBRID);
        assertThat(advice.notes().getFirst().key()).isEqualTo("advice.recommendation-differs");
        assertThat(advice.notes()).extracting(ProjectAdvice.Note::key).contains("advice.staged-source")
                .doesNotContain("advice.end-of-support.EXCHANGE_2010");
        assertThat(advice.recommendation().warnings()).extracting(ProjectAdvice.Note::key).contains("advice.end-of-support.EXCHANGE_2010");
    }

    @Test
    void the_inventory_count_wins_over_the_expected_number_once_there_is_one() {
        var expectingFew = new ProjectSettingsData("Contoso", List.of("contoso.com"), SourceVersion.EXCHANGE_2007, MigrationMethod.CUTOVER,
                false, false, "migadmin", "", 40, false);

        assertThat(ProjectAdvice.of(expectingFew, 0).recommendation().method()).isEqualTo(MigrationMethod.CUTOVER);
        assertThat(ProjectAdvice.of(expectingFew, 900).recommendation().method()).isEqualTo(MigrationMethod.STAGED);
    }
}
