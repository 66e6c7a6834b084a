package org.migrationtracker;

import org.junit.jupiter.api.Test;
import org.migrationtracker.batch.BatchHistoryEntry;
import org.migrationtracker.batch.StatusImportSummary;
import org.migrationtracker.i18n.Dates;
import org.migrationtracker.i18n.Message;
import org.migrationtracker.mailbox.HistoryEntry;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** History lines and import summaries say recorded values in the reader's words: no enum names, ISO dates or maps. */
class HistoryInWordsTest {

    private static final Locale DANISH = Locale.forLanguageTag("da");
    private static final Instant AT = Instant.parse("2026-03-14T09:30:00Z");

    private static BatchHistoryEntry batch(String field, String oldValue, String newValue) {
        return new BatchHistoryEntry(AT, "anna", UUID.randomUUID(), field, oldValue, newValue);
    }

    @Test
    void a_batch_status_and_start_mode_read_in_the_language_not_as_recorded() {
        var status = batch("status", "Synced", "CompletedWithErrors");
        assertThat(status.before().in(DANISH)).isEqualTo("Synkroniseret");
        assertThat(status.after().in(DANISH)).isEqualTo("Fuldført med fejl");
        var mode = batch("start_mode", "MANUAL", "AUTOMATIC");
        assertThat(mode.before().in(DANISH)).isEqualTo("Start manuelt senere");
        assertThat(mode.after().in(Locale.ENGLISH)).isEqualTo("Start automatically");
    }

    @Test
    void a_batch_day_and_sync_time_read_in_the_languages_date_format() {
        var start = batch("planned_start", null, "2026-04-01");
        assertThat(start.after().in(DANISH)).isEqualTo(Dates.day(LocalDate.of(2026, 4, 1), DANISH));
        assertThat(start.before().in(DANISH)).isEqualTo("–");
        var synced = batch("last_synced", null, AT.toString());
        assertThat(synced.after().in(Locale.FRENCH)).isEqualTo(Dates.time(AT, Locale.FRENCH, ZoneId.systemDefault()));
    }

    @Test
    void a_value_the_history_cannot_read_is_shown_as_recorded() {
        assertThat(batch("status", null, "SomethingNew2027").after().in(DANISH)).isEqualTo("SomethingNew2027");
        assertThat(batch("planned_end", null, "soon").after().in(DANISH)).isEqualTo("soon");
    }

    @Test
    void a_mailbox_recipient_type_day_size_and_flag_read_in_the_language() {
        var type = new HistoryEntry(1, AT, "anna", null, "recipient_type", "USER", "SHARED");
        assertThat(type.after().in(DANISH)).isEqualTo("Delt postkasse");
        var licence = new HistoryEntry(1, AT, "anna", null, "licence_assigned_on", null, "2026-03-20");
        assertThat(licence.after().in(DANISH)).isEqualTo(Dates.day(LocalDate.of(2026, 3, 20), DANISH));
        var size = new HistoryEntry(1, AT, "anna", null, "size_bytes", "1234567", "7654321");
        assertThat(size.after().in(Locale.ENGLISH)).isEqualTo("7,654,321");
        var flag = new HistoryEntry(1, AT, "anna", null, "full_access", "false", "true");
        assertThat(flag.after().in(DANISH)).isEqualTo("ja");
    }

    @Test
    void undocumented_statuses_are_a_sentence_with_their_row_counts_not_a_printed_map() {
        var summary = new StatusImportSummary("status.csv", "Get-MigrationUser", 4, 0, 0, 0, 0, List.of(),
                Map.of("SomethingNew2027", 1, "Paused", 3), List.of(), List.of());
        var english = summary.describe().stream().map(Message::english).toList();
        assertThat(english).contains("status values Microsoft did not document, kept as written: Paused (3 rows); SomethingNew2027 (1 row)");
        assertThat(english).noneMatch(line -> line.contains("{") || line.contains("="));
        assertThat(summary.describe().stream().map(line -> line.in(Locale.FRENCH)).toList())
                .anyMatch(line -> line.endsWith("Paused (3 lignes); SomethingNew2027 (1 ligne)"));
    }
}
