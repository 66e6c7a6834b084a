package org.migrationtracker.batch;

import org.junit.jupiter.api.Test;
import org.migrationtracker.i18n.Message;
import org.migrationtracker.mailbox.MailboxState;
import org.migrationtracker.mailbox.ProgressUpdate;
import org.migrationtracker.mailbox.batches.StatusReport;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class BatchPlacementTest {

    private static BatchPlacement.Placed row(int line, long mailbox, String batch) {
        return new BatchPlacement.Placed(line, "user" + mailbox + "@contoso.com", batch,
                new StatusReport(mailbox, new ProgressUpdate("Syncing", null, null, null, null, null, null), MailboxState.SYNCING));
    }

    @Test
    void rows_join_the_named_batch_only_while_it_has_room() {
        var finance1 = new BatchPlacement.Target(7, "Finance1", 2);

        var result = BatchPlacement.check(List.of(row(2, 1, "Finance1"), row(3, 2, "Finance1"), row(4, 3, "Finance1")), Map.of(),
                name -> Optional.of(finance1), true);

        assertThat(result.applied()).extracting(StatusReport::mailboxId).containsExactly(1L, 2L);
        assertThat(result.joined()).containsExactly(Map.entry(new BatchPlacement.Joined(7L, "Finance1"), 2));
        assertThat(result.notApplied()).singleElement().satisfies(row -> {
            assertThat(row.line()).isEqualTo(4);
            assertThat(row.joinable()).isFalse();
            assertThat(row.reason()).isEqualTo(Message.of("status.not-applied.batch-full", "Finance1"));
        });
    }

    @Test
    void a_row_for_a_mailbox_in_another_batch_is_never_applied_even_on_request() {
        var result = BatchPlacement.check(List.of(row(2, 1, "Finance1")), Map.of(1L, "Hr1"),
                name -> Optional.of(new BatchPlacement.Target(7, "Finance1", 100)), true);

        assertThat(result.applied()).isEmpty();
        assertThat(result.notApplied()).singleElement().satisfies(row -> assertThat(row.reason())
                .isEqualTo(Message.of("status.not-applied.other-batch", "Finance1", "Hr1")));
    }

    @Test
    void a_row_without_a_batch_applies_to_a_mailbox_in_a_batch_and_the_named_batch_case_does_not_matter() {
        var result = BatchPlacement.check(List.of(row(2, 1, ""), row(3, 2, "FINANCE1")), Map.of(1L, "Hr1", 2L, "Finance1"),
                name -> Optional.empty(), false);

        assertThat(result.applied()).extracting(StatusReport::mailboxId).containsExactly(1L, 2L);
        assertThat(result.notApplied()).isEmpty();
    }
}
