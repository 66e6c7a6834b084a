package org.migrationtracker.project;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

class ProjectAdviceTest {

    private static ProjectSettingsData settings(SourceVersion source, MigrationMethod method, boolean dirSync, boolean sso) {
        return new ProjectSettingsData("Contoso", List.of("contoso.com"), source, method, dirSync, sso, "migadmin");
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
        assertThat(staged.text()).contains(SourceVersion.EXCHANGE_2010.label());
    }

    @Test
    void cutover_with_directory_sync_on_is_a_problem_and_staged_without_it_too() {
        assertThat(keys(settings(SourceVersion.EXCHANGE_2010, MigrationMethod.CUTOVER, true, false))).contains("advice.cutover-dirsync");
        assertThat(keys(settings(SourceVersion.EXCHANGE_2007, MigrationMethod.STAGED, false, false))).contains("advice.staged-needs-dirsync");
        assertThat(keys(settings(SourceVersion.EXCHANGE_2013, MigrationMethod.HYBRID, false, false))).contains("advice.hybrid-needs-dirsync");
    }

    @Test
    void a_sound_staged_project_from_exchange_2003_gets_no_advice() {
        assertThat(ProjectAdvice.of(settings(SourceVersion.EXCHANGE_2003, MigrationMethod.STAGED, true, false))).isEmpty();
    }

    @Test
    void the_english_translation_of_every_note_is_the_text_the_api_returns() throws IOException {
        var english = new Properties();
        try (var in = getClass().getResourceAsStream("/vaadin-i18n/translations_en.properties")) {
            english.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        int checked = 0;
        for (var source : SourceVersion.values()) {
            for (var method : MigrationMethod.values()) {
                for (boolean dirSync : new boolean[] {true, false}) {
                    for (boolean sso : new boolean[] {true, false}) {
                        var data = new ProjectSettingsData("Contoso", List.of(), source, method, dirSync, sso, "");
                        for (var note : ProjectAdvice.of(data)) {
                            String pattern = english.getProperty(note.key());
                            assertThat(pattern).as("English text for %s", note.key()).isNotNull();
                            String shown = note.args().isEmpty() ? pattern
                                    : new MessageFormat(pattern, Locale.ENGLISH).format(note.args().toArray());
                            assertThat(shown).as(note.key()).isEqualTo(note.text());
                            checked++;
                        }
                    }
                }
            }
        }
        assertThat(checked).isGreaterThan(50);
    }
}
