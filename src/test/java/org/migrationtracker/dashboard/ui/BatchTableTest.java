package org.migrationtracker.dashboard.ui;

import org.junit.jupiter.api.Test;
import org.migrationtracker.batch.BatchOverview;
import org.migrationtracker.batch.BatchStatus;
import org.migrationtracker.batch.MigrationBatch;
import org.migrationtracker.mailbox.batches.BatchCounts;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** The dashboard's batch table, drawn as HTML in one property: what a batch is called reaches the page as text only. */
class BatchTableTest {

    @Test
    void a_batch_name_with_markup_is_shown_as_text_and_never_becomes_html() {
        var table = new BatchTable(Locale.ENGLISH, day -> "", List.of("Name", "Status", "Progress", "Planned", "Ran", "Late"));
        var batch = mock(MigrationBatch.class);
        when(batch.getName()).thenReturn("<img src=x onerror=alert(1)>&\"Wave\"");
        when(batch.getStatus()).thenReturn(BatchStatus.CREATED);
        when(batch.getRawStatus()).thenReturn("");
        table.show(List.of(new BatchOverview(batch, new BatchCounts(4, 1, 1, 1, 1, 0, 0, 0, 0))), List.of(), "none");

        assertThat(table.rows()).singleElement().satisfies(row -> assertThat(row.getFirst()).isEqualTo("<img src=x onerror=alert(1)>&\"Wave\""));
        assertThat(table.rowsHtml()).doesNotContain("<img").contains("&lt;img src=x onerror=alert(1)&gt;&amp;\"Wave\"");
        assertThat(table.rowsHtml()).as("no whitespace between the elements: the page shows what the components would")
                .doesNotContain("\n").contains("<vaadin-icon icon=\"vaadin:clock\"");
    }

    @Test
    void the_rows_of_the_same_figures_are_drawn_once_for_every_dashboard_in_a_language() {
        var batch = mock(MigrationBatch.class);
        when(batch.getName()).thenReturn("Wave01");
        when(batch.getStatus()).thenReturn(BatchStatus.SYNCING);
        when(batch.getRawStatus()).thenReturn("");
        var board = List.of(new BatchOverview(batch, new BatchCounts(2, 0, 2, 0, 0, 0, 0, 0, 0)));
        var one = new BatchTable(Locale.ENGLISH, day -> "", List.of("Name"));
        var other = new BatchTable(Locale.ENGLISH, day -> "", List.of("Name"));
        var danish = new BatchTable(Locale.forLanguageTag("da"), day -> "", List.of("Navn"));
        one.show(board, List.of(), "none");
        other.show(board, List.of(), "none");
        danish.show(board, List.of(), "ingen");

        assertThat(other.rowsHtml()).isSameAs(one.rowsHtml());
        assertThat(danish.rows().getFirst().get(1)).isEqualTo("Synkroniserer");
        // new figures (a new board) are drawn anew
        var next = List.of(new BatchOverview(batch, new BatchCounts(2, 0, 1, 1, 0, 0, 0, 0, 0)));
        other.show(next, List.of(), "none");
        assertThat(other.rows().getFirst().get(2)).isEqualTo("0 of 2 finalised, 2 syncing or synced, 0 failed");
        assertThat(other.rowsHtml()).isNotSameAs(one.rowsHtml());
    }

    @Test
    void no_batches_is_said_in_one_row() {
        var table = new BatchTable(Locale.ENGLISH, day -> "", List.of("Name"));
        table.show(List.of(), List.of(), "No batches yet.");
        assertThat(table.rows()).containsExactly(List.of("No batches yet."));
    }
}
