package org.migrationtracker.dashboard;

import org.junit.jupiter.api.Test;
import org.migrationtracker.mailbox.MailboxState;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

class DashboardTileTest {

    @Test
    void the_tiles_add_up_to_every_mailbox_whatever_the_states_hold() {
        var random = new Random(13);
        for (int round = 0; round < 200; round++) {
            var states = new EnumMap<MailboxState, Integer>(MailboxState.class);
            for (var state : MailboxState.values()) {
                if (random.nextBoolean()) {
                    states.put(state, random.nextInt(5_000));
                }
            }
            var figures = figures(states);

            int sum = Arrays.stream(DashboardTile.values()).mapToInt(figures::tile).sum();
            assertThat(sum).as("the tiles of %s", states).isEqualTo(figures.total());
        }
    }

    @Test
    void ready_mailboxes_have_their_own_tile_and_the_in_flight_tile_holds_the_batched_ones() {
        var figures = figures(Map.of(MailboxState.READY, 171, MailboxState.IN_BATCH, 50, MailboxState.SYNCING, 40,
                MailboxState.SYNCED, 19, MailboxState.COMPLETED, 30, MailboxState.CONVERTED_TO_MAIL_USER, 20, MailboxState.DONE, 10,
                MailboxState.NOT_READY, 138, MailboxState.FAILED, 2));

        assertThat(figures.tile(DashboardTile.READY)).isEqualTo(171);
        assertThat(figures.tile(DashboardTile.IN_FLIGHT)).isEqualTo(109);
        assertThat(figures.tile(DashboardTile.DONE)).isEqualTo(60);
        assertThat(figures.tile(DashboardTile.NOT_READY)).isEqualTo(138);
        assertThat(figures.tile(DashboardTile.FAILED)).isEqualTo(2);
        assertThat(figures.tile(DashboardTile.SKIPPED)).isZero();
        assertThat(figures.total()).isEqualTo(480);
    }

    static DashboardFigures figures(Map<MailboxState, Integer> states) {
        return new DashboardFigures(states, null, null, 0, new TreeMap<>(), List.of(), Map.of(), 0, List.of(), List.of(), List.of(),
                Instant.EPOCH, List.of(), List.of(), List.of(), "");
    }
}
