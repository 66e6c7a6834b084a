package org.migrationtracker.batch;

import org.junit.jupiter.api.Test;
import org.migrationtracker.i18n.Message;
import org.migrationtracker.project.MigrationMethod;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.migrationtracker.batch.BatchAction.ADD_MAILBOXES;
import static org.migrationtracker.batch.BatchAction.COMPLETE;
import static org.migrationtracker.batch.BatchAction.FAIL;
import static org.migrationtracker.batch.BatchAction.MARK_SYNCED;
import static org.migrationtracker.batch.BatchAction.REMOVE;
import static org.migrationtracker.batch.BatchAction.START;
import static org.migrationtracker.batch.BatchAction.STOP;
import static org.migrationtracker.batch.BatchStatus.*;

/** The batch state machine as a table: which action each status allows, and where it leads. */
class BatchStateMachineTest {

    private static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");

    /** The transitions the tracker had before they moved into one place (the service's checks), written out once. */
    private static final Map<BatchAction, Set<BatchStatus>> ALLOWED = new EnumMap<>(Map.of(
            START, EnumSet.of(CREATED, STOPPED, FAILED),
            MARK_SYNCED, EnumSet.of(STARTING, SYNCING),
            COMPLETE, EnumSet.of(SYNCED, SYNCED_WITH_ERRORS, COMPLETING),
            STOP, EnumSet.of(STARTING, SYNCING, SYNCED, SYNCED_WITH_ERRORS),
            FAIL, EnumSet.of(CREATED, STARTING, SYNCING, SYNCED, SYNCED_WITH_ERRORS, COMPLETING, STOPPED),
            REMOVE, EnumSet.complementOf(EnumSet.of(REMOVED)),
            ADD_MAILBOXES, EnumSet.of(CREATED, STARTING, SYNCING, SYNCED, SYNCED_WITH_ERRORS, COMPLETING, STOPPED)));

    @Test
    void every_status_allows_exactly_the_actions_of_the_table() {
        for (var action : BatchAction.values()) {
            for (var status : BatchStatus.values()) {
                assertThat(status.allows(action)).as("%s allows %s", status, action).isEqualTo(ALLOWED.get(action).contains(status));
            }
            assertThat(BatchStatus.allowing(action)).containsExactlyElementsOf(
                    Arrays.stream(BatchStatus.values()).filter(ALLOWED.get(action)::contains).toList());
        }
    }

    @Test
    void completing_cannot_be_stopped_and_removing_cannot_fail() {
        assertThat(COMPLETING.actions()).containsExactly(COMPLETE, FAIL, REMOVE, ADD_MAILBOXES);
        assertThat(REMOVING.actions()).containsExactly(REMOVE);
        assertThat(REMOVED.actions()).isEmpty();
    }

    @Test
    void each_action_leads_to_its_status_and_adding_mailboxes_keeps_it() {
        assertThat(CREATED.after(START)).isEqualTo(SYNCING);
        assertThat(SYNCING.after(MARK_SYNCED)).isEqualTo(SYNCED);
        assertThat(SYNCED.after(COMPLETE)).isEqualTo(COMPLETED);
        assertThat(SYNCING.after(STOP)).isEqualTo(STOPPED);
        assertThat(STOPPED.after(FAIL)).isEqualTo(FAILED);
        assertThat(COMPLETED.after(REMOVE)).isEqualTo(REMOVED);
        assertThat(STOPPED.after(ADD_MAILBOXES)).isEqualTo(STOPPED);
        assertThat(SYNCED.withErrors()).isEqualTo(SYNCED_WITH_ERRORS);
        assertThat(COMPLETED.withErrors()).isEqualTo(COMPLETED_WITH_ERRORS);
        assertThat(SYNCING.withErrors()).isEqualTo(SYNCING);
    }

    @Test
    void a_batch_refuses_an_action_its_status_does_not_allow_and_says_from_where_it_is_allowed() {
        var batch = batchIn(COMPLETING);

        assertThatThrownBy(() -> batch.perform(STOP, "", "ada", NOW))
                .isInstanceOfSatisfying(BatchRefused.class, refused -> {
                    assertThat(refused.what()).isEqualTo(Message.of("batch.cannot", STOP.verb(), "Pilot"));
                    assertThat(refused.getMessage()).isEqualTo(
                            "Cannot stop Pilot: it is Completing; allowed from Starting, Syncing, Synced, SyncedWithErrors");
                    assertThat(refused.message().in(Locale.of("da"))).startsWith("Pilot kan ikke stoppes");
                });
        assertThat(batch.getStatus()).as("nothing changed").isEqualTo(COMPLETING);
    }

    @Test
    void a_removed_batch_refuses_every_action_because_it_is_removed() {
        var batch = batchIn(CREATED);
        batch.perform(REMOVE, "", "ada", NOW);

        assertThatThrownBy(() -> batch.perform(START, "", "ada", NOW)).hasMessage("Cannot start Pilot: it is removed already");
        assertThatThrownBy(() -> batch.require(REMOVE)).hasMessage("Cannot remove Pilot: it is removed already");
    }

    @Test
    void an_allowed_action_moves_the_batch_and_returns_where_it_was() {
        var batch = batchIn(CREATED);

        var before = batch.perform(FAIL, "endpoint unreachable", "ada", NOW);

        assertThat(before).isEqualTo(CREATED);
        assertThat(batch.getStatus()).isEqualTo(FAILED);
        assertThat(batch.getStatusError()).isEqualTo("endpoint unreachable");
        assertThat(batch.getUpdatedBy()).isEqualTo("ada");
    }

    private static MigrationBatch batchIn(BatchStatus status) {
        var batch = new MigrationBatch(new BatchDraft("Pilot", StartMode.MANUAL, null, "", ""), MigrationMethod.STAGED, "ada", NOW);
        batch.recordExchangeStatus(status.exchangeName(), status, null, "", "ada", NOW);
        return batch;
    }
}
