package org.migrationtracker.batch;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Every status value of DOMAIN.md §7 maps, and an undocumented one is kept without a mapping. */
class MicrosoftStatusTest {

    @ParameterizedTest(name = "Get-MigrationUser {0} -> {1}")
    @CsvSource(nullValues = "KEEP", value = {
            "Validating, SYNCING", "Provisioning, SYNCING", "ProvisionUpdating, SYNCING", "Queued, SYNCING",
            "Starting, SYNCING", "Syncing, SYNCING", "IncrementalSyncing, SYNCING", "Synced, SYNCED",
            "IncrementalSynced, SYNCED", "Completing, SYNCED", "CompletionSynced, SYNCED", "Completed, COMPLETED",
            "CompletedWithWarnings, COMPLETED", "CompletionFailed, FAILED", "IncrementalFailed, FAILED", "Failed, FAILED",
            "Stopping, KEEP", "Stopped, KEEP", "IncrementalStopped, KEEP", "Removing, KEEP", "Corrupted, FAILED"})
    void migration_user_statuses(String status, String state) {
        var mapped = MicrosoftStatus.ofMigrationUser(status);

        assertThat(mapped == null ? null : mapped.name()).isEqualTo(state);
        assertThat(MicrosoftStatus.isKnownMigrationUser(status)).isTrue();
    }

    @ParameterizedTest(name = "StatusSummary {0} -> {1}")
    @CsvSource(nullValues = "KEEP", value = {"Active, SYNCING", "Synced, SYNCED", "Completed, COMPLETED", "Failed, FAILED",
            "Stopped, KEEP"})
    void status_summaries(String summary, String state) {
        var mapped = MicrosoftStatus.ofStatusSummary(summary);

        assertThat(mapped == null ? null : mapped.name()).isEqualTo(state);
    }

    @ParameterizedTest(name = "Get-MoveRequestStatistics {0} -> {1}")
    @CsvSource(nullValues = "KEEP", value = {"None, KEEP", "Queued, SYNCING", "InProgress, SYNCING", "AutoSuspended, SYNCED",
            "Suspended, KEEP", "CompletionInProgress, SYNCED", "Synced, SYNCED", "Completed, COMPLETED",
            "CompletedWithWarning, COMPLETED", "Failed, FAILED", "Retrying, SYNCING"})
    void move_request_statuses(String status, String state) {
        var mapped = MicrosoftStatus.ofMoveRequest(status);

        assertThat(mapped == null ? null : mapped.name()).isEqualTo(state);
        assertThat(MicrosoftStatus.isKnownMoveRequest(status)).isTrue();
    }

    @ParameterizedTest(name = "Get-MigrationBatch {0} -> {1}")
    @CsvSource({"Created, CREATED", "Starting, STARTING", "Syncing, SYNCING", "IncrementalSyncing, SYNCING", "Synced, SYNCED",
            "SyncedWithErrors, SYNCED_WITH_ERRORS", "Completing, COMPLETING", "Completed, COMPLETED",
            "CompletedWithErrors, COMPLETED_WITH_ERRORS", "Stopping, STOPPED", "Stopped, STOPPED", "Failed, FAILED",
            "Removing, REMOVING", "Corrupted, FAILED", "Waiting, CREATED"})
    void batch_statuses(String status, BatchStatus expected) {
        assertThat(BatchStatus.fromExchange(status)).isEqualTo(expected);
    }

    @Test
    void an_undocumented_value_maps_to_nothing_and_is_not_known() {
        assertThat(MicrosoftStatus.ofMigrationUser("PendingQuantumSync")).isNull();
        assertThat(MicrosoftStatus.isKnownMigrationUser("PendingQuantumSync")).isFalse();
        assertThat(MicrosoftStatus.isKnownMoveRequest("Teleporting")).isFalse();
        assertThat(BatchStatus.fromExchange("Hibernating")).isNull();
    }
}
