package org.migrationtracker.notice;

import org.migrationtracker.i18n.Message;

/** The notices the tracker sends, in the order a user meets them. */
public enum NoticeKind {
    /** The coming move, some days before the batch's planned start (with the move window as a calendar invitation). */
    ANNOUNCEMENT,
    /** "Your mailbox moves tonight", when the batch starts. */
    MOVING_TONIGHT,
    /** How to sign in to the new mailbox, when it completes: what to do, per method, as the helpdesk card says. */
    WELCOME,
    /** The Outlook profile still not reconfigured some days after the move (cutover and staged). */
    REMINDER,
    /** A notice an admin writes for a selection. */
    FREE;

    /** Whether the schedule sends it (all but the free notice). */
    public boolean scheduled() {
        return this != FREE;
    }

    public Message message() {
        return Message.of("notice.kind." + name());
    }
}
