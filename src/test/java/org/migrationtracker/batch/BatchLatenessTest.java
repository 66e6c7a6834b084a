package org.migrationtracker.batch;

import org.junit.jupiter.api.Test;
import org.migrationtracker.mailbox.batches.BatchCounts;
import org.migrationtracker.project.MigrationMethod;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class BatchLatenessTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 2);
    static final Instant NOW = Instant.parse("2026-12-02T09:00:00Z");
    static final BatchCounts WAITING = new BatchCounts(10, 10, 0, 0, 0, 0, 0, 0, 0);
    static final BatchCounts SYNCING = new BatchCounts(10, 0, 8, 0, 2, 0, 0, 0, 0);
    static final BatchCounts FINALISED = new BatchCounts(10, 0, 0, 0, 10, 0, 0, 0, 0);

    static MigrationBatch batch(StartMode mode, LocalDate start, LocalDate end) {
        return new MigrationBatch(new BatchDraft("HR1", mode, start, "", "", end), MigrationMethod.STAGED, "admin", NOW);
    }

    @Test
    void a_batch_whose_planned_start_passed_without_starting_is_late() {
        var late = BatchLateness.of(new BatchOverview(batch(StartMode.MANUAL, TODAY.minusDays(1), TODAY.plusDays(2)), WAITING), TODAY);

        assertThat(late).isEqualTo(BatchLateness.NOT_STARTED);
        assertThat(late.message(batch(StartMode.MANUAL, TODAY.minusDays(1), TODAY.plusDays(2))).in(Locale.ENGLISH))
                .isEqualTo("Late: planned to start Dec 1, 2026");
    }

    @Test
    void a_batch_planned_to_start_today_is_not_late_yet() {
        assertThat(BatchLateness.of(new BatchOverview(batch(StartMode.MANUAL, TODAY, TODAY.plusDays(2)), WAITING), TODAY)).isNull();
    }

    @Test
    void a_batch_still_created_whose_mailboxes_sync_has_run_and_is_not_late_to_start() {
        assertThat(BatchLateness.of(new BatchOverview(batch(StartMode.MANUAL, TODAY.minusDays(3), TODAY.plusDays(2)), SYNCING), TODAY))
                .isNull();
    }

    @Test
    void a_running_batch_past_its_planned_end_with_unfinished_mailboxes_runs_longer_than_planned() {
        var running = batch(StartMode.AUTOMATIC, TODAY.minusDays(5), TODAY.minusDays(1));

        assertThat(BatchLateness.of(new BatchOverview(running, SYNCING), TODAY)).isEqualTo(BatchLateness.RUNNING_LONGER);
        assertThat(BatchLateness.RUNNING_LONGER.message(running).in(Locale.of("da"))).isEqualTo("Forsinket: skulle slutte 1. dec. 2026");
    }

    @Test
    void a_running_batch_without_a_planned_end_or_within_it_is_on_time() {
        assertThat(BatchLateness.of(new BatchOverview(batch(StartMode.AUTOMATIC, TODAY.minusDays(5), null), SYNCING), TODAY)).isNull();
        assertThat(BatchLateness.of(new BatchOverview(batch(StartMode.AUTOMATIC, TODAY.minusDays(5), TODAY), SYNCING), TODAY)).isNull();
    }

    @Test
    void a_finished_or_removed_batch_is_never_late() {
        var done = batch(StartMode.AUTOMATIC, TODAY.minusDays(5), TODAY.minusDays(1));
        done.perform(BatchAction.MARK_SYNCED, "", "admin", NOW);
        done.perform(BatchAction.COMPLETE, "", "admin", NOW);
        assertThat(BatchLateness.of(new BatchOverview(done, FINALISED), TODAY)).isNull();

        var removed = batch(StartMode.MANUAL, TODAY.minusDays(5), TODAY.minusDays(1));
        removed.perform(BatchAction.REMOVE, "", "admin", NOW);
        assertThat(BatchLateness.of(new BatchOverview(removed, WAITING), TODAY)).isNull();
    }
}
