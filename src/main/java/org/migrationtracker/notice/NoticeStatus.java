package org.migrationtracker.notice;

import org.migrationtracker.i18n.Message;

/** Where a notice is: waiting to go, tried and waiting to try again, sent, given up, or cancelled by an admin. */
public enum NoticeStatus {
    QUEUED, RETRYING, SENT, FAILED, CANCELLED;

    public Message message() {
        return Message.of("notice.status." + name());
    }
}
