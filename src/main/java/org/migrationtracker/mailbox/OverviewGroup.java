package org.migrationtracker.mailbox;

import org.jspecify.annotations.Nullable;
import org.migrationtracker.mailbox.batches.BatchCounts;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Mailboxes alike in everything the overview tells apart, and how many there are: the rows of {@link FiguresStore}'s
 * one grouped statement, added up here into the figures (the rules the separate statements had in SQL).
 *
 * @param unlicensedUser a user mailbox without a licence (a licence is missing once it is being moved or moved)
 * @param oldestCloudUser the earliest creation day of the group's cloud users, if any is known
 */
record OverviewGroup(@Nullable Long batchId, MailboxState state, Set<ReadinessReason> readiness, boolean ready,
                     boolean mailUserConverted, boolean unlicensedUser, int count, @Nullable LocalDate oldestCloudUser) {

    private static final Set<MailboxState> NOT_RUNNING = EnumSet.of(MailboxState.NOT_READY, MailboxState.READY, MailboxState.IN_BATCH);
    private static final Set<MailboxState> TO_MIGRATE = EnumSet.of(MailboxState.NOT_READY, MailboxState.READY,
            MailboxState.IN_BATCH, MailboxState.SYNCING, MailboxState.SYNCED, MailboxState.FAILED);
    private static final Set<MailboxState> MOVING_OR_MOVED = EnumSet.of(MailboxState.SYNCING, MailboxState.SYNCED,
            MailboxState.COMPLETED, MailboxState.CONVERTED_TO_MAIL_USER, MailboxState.DONE);
    private static final Set<MailboxState> FINALISED = EnumSet.of(MailboxState.COMPLETED,
            MailboxState.CONVERTED_TO_MAIL_USER, MailboxState.DONE);
    private static final Set<MailboxState> CONVERTED = EnumSet.of(MailboxState.CONVERTED_TO_MAIL_USER, MailboxState.DONE);

    static MailboxOverview overview(List<OverviewGroup> groups) {
        var states = new EnumMap<MailboxState, Integer>(MailboxState.class);
        for (var state : MailboxState.values()) {
            states.put(state, 0);
        }
        var reasons = new EnumMap<ReadinessReason, Integer>(ReadinessReason.class);
        var batches = new HashMap<Long, int[]>();
        int mailboxes = 0;
        int toMigrate = 0;
        int umEnabled = 0;
        int lackingPermissions = 0;
        int licencesMissing = 0;
        int awaitingConversion = 0;
        LocalDate oldest = null;
        for (var g : groups) {
            states.merge(g.state, g.count, Integer::sum);
            if (g.state == MailboxState.NOT_READY) {
                g.readiness.forEach(reason -> reasons.merge(reason, g.count, Integer::sum));
            }
            mailboxes += g.state != MailboxState.SKIPPED ? g.count : 0;
            toMigrate += TO_MIGRATE.contains(g.state) ? g.count : 0;
            boolean notRunning = NOT_RUNNING.contains(g.state);
            umEnabled += notRunning && g.readiness.contains(ReadinessReason.UM_STILL_ENABLED) ? g.count : 0;
            lackingPermissions += notRunning && (g.readiness.contains(ReadinessReason.NO_MAILBOX_ACCESS)
                    || g.readiness.contains(ReadinessReason.NO_WRITE_PROPERTY)) ? g.count : 0;
            if (g.unlicensedUser && MOVING_OR_MOVED.contains(g.state)) {
                licencesMissing += g.count;
                if (g.oldestCloudUser != null && (oldest == null || g.oldestCloudUser.isBefore(oldest))) {
                    oldest = g.oldestCloudUser;
                }
            }
            awaitingConversion += g.state == MailboxState.COMPLETED && !g.mailUserConverted ? g.count : 0;
            if (g.batchId != null) {
                g.addTo(batches.computeIfAbsent(g.batchId, id -> new int[9]));
            }
        }
        var blockers = new LinkedHashMap<ReadinessReason, Integer>();
        reasons.entrySet().stream()
                .sorted(Map.Entry.<ReadinessReason, Integer>comparingByValue().reversed()
                        .thenComparing(e -> e.getKey().name(), Comparator.naturalOrder()))
                .forEach(e -> blockers.put(e.getKey(), e.getValue()));
        var byBatch = new HashMap<Long, BatchCounts>();
        batches.forEach((id, c) -> byBatch.put(id, new BatchCounts(c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7], c[8])));
        var tally = new MailboxTally(mailboxes, toMigrate, umEnabled, lackingPermissions, licencesMissing,
                oldest == null ? null : oldest.plusDays(Mailbox.LICENCE_GRACE_DAYS), awaitingConversion);
        return new MailboxOverview(states, blockers, tally, byBatch);
    }

    /** Adds this group to a batch's counts, in {@link BatchCounts}' order. */
    private void addTo(int[] counts) {
        counts[0] += count;
        counts[1] += state == MailboxState.IN_BATCH ? count : 0;
        counts[2] += state == MailboxState.SYNCING ? count : 0;
        counts[3] += state == MailboxState.SYNCED ? count : 0;
        counts[4] += FINALISED.contains(state) ? count : 0;
        counts[5] += state == MailboxState.FAILED ? count : 0;
        counts[6] += ready ? 0 : count;
        counts[7] += state == MailboxState.SKIPPED ? count : 0;
        counts[8] += CONVERTED.contains(state) ? count : 0;
    }
}
