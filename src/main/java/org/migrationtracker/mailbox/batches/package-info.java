/**
 * What the batch module reads from mailboxes: how a batch's mailboxes stand ({@link BatchCounts}) and what a status
 * export says of one mailbox ({@link StatusReport}), used with {@link org.migrationtracker.mailbox.BatchMailboxes}.
 */
@NamedInterface("batches")
@NullMarked
package org.migrationtracker.mailbox.batches;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
