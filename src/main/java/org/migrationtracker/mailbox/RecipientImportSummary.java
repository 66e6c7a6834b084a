package org.migrationtracker.mailbox;

import org.migrationtracker.csv.ImportedFile;
import org.migrationtracker.i18n.Message;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * What a recipients import found: completed mailboxes recorded as mail users (with any address the conversion asked
 * for and Exchange does not list), mail users the tracker did not see completed (not accepted), mailboxes still
 * mailboxes days after completion, and how many recipients the tracker does not track.
 *
 * @param notTrackedSample the first {@link #SAMPLE} addresses of recipients the tracker does not track
 */
public record RecipientImportSummary(UUID operationId, String fileName, int rows, int converted, int alreadyConverted,
                                     List<AddressGap> missingAddresses, List<BulkResult.Refusal> notAccepted,
                                     List<StillMailbox> stillMailboxes, int notTracked, List<String> notTrackedSample,
                                     List<Message> notes) implements ImportedFile {

    public static final int SAMPLE = 10;
    /** How many entries of each list the summary says line by line (the API returns them all). */
    static final int LINES = 50;

    /** A converted mailbox whose mail user lacks addresses the conversion asked for ({@code smtp:...}, {@code X500:...}). */
    public record AddressGap(String primaryAddress, List<String> missing) {

        public AddressGap {
            missing = List.copyOf(missing);
        }
    }

    /** A completed mailbox that Exchange still reports as a mailbox. */
    public record StillMailbox(String primaryAddress, long daysSinceCompletion) {
    }

    public RecipientImportSummary {
        missingAddresses = List.copyOf(missingAddresses);
        notAccepted = List.copyOf(notAccepted);
        stillMailboxes = List.copyOf(stillMailboxes);
        notTrackedSample = List.copyOf(notTrackedSample);
        notes = List.copyOf(notes);
    }

    public List<Message> describe() {
        var lines = new ArrayList<Message>();
        lines.add(Message.of("recipients.summary", fileName, rows, converted, alreadyConverted));
        listed(lines, missingAddresses, gap -> Message.of("recipients.summary.missing-addresses", gap.primaryAddress(),
                String.join(", ", gap.missing())));
        listed(lines, notAccepted, refusal -> Message.of("recipients.summary.not-accepted", refusal.primaryAddress(), refusal.reason()));
        listed(lines, stillMailboxes, still -> Message.of("recipients.summary.still-mailbox", still.primaryAddress(),
                still.daysSinceCompletion()));
        if (notTracked > 0) {
            lines.add(Message.of("recipients.summary.not-tracked", notTracked, String.join(", ", notTrackedSample)
                    + (notTracked > notTrackedSample.size() ? ", ..." : "")));
        }
        lines.addAll(notes);
        return lines;
    }

    private static <T> void listed(List<Message> lines, List<T> entries, Function<T, Message> line) {
        entries.stream().limit(LINES).map(line).forEach(lines::add);
        if (entries.size() > LINES) {
            lines.add(Message.of("recipients.summary.more", entries.size() - LINES));
        }
    }
}
