package org.migrationtracker.plan;

import org.jspecify.annotations.Nullable;
import org.migrationtracker.i18n.Message;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A date on the migration's timeline (and in its calendar): a batch's planned start, start and completion, a step's
 * due day, the MX switch, the end of the 72 hours, a licence deadline. It says nothing about any mailbox but counts.
 *
 * @param day   the day it falls on (in the tracker's time zone)
 * @param at    the exact time, for the MX switch and the end of the 72 hours; null for all-day milestones
 * @param what  what happens, in words
 * @param late  it should have happened and has not
 * @param step  the checklist step it belongs to, if any (a link to it)
 * @param batch the batch it belongs to, if any
 * @param uid   stable across exports (calendar clients update the same event)
 */
public record Milestone(Kind kind, LocalDate day, @Nullable Instant at, Message what, boolean late, @Nullable Step step,
                        @Nullable String batch, String uid) {

    public enum Kind {
        BATCH_PLANNED, BATCH_STARTED, BATCH_COMPLETED, STEP_DUE, STEP_DONE, MX_SWITCH, MX_WAIT_ENDS, LICENCE_DEADLINE
    }
}
