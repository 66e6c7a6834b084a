package org.migrationtracker.notice;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.ArrayList;

/** Which notices a list shows: by status, kind, mailbox, or a recipient address containing some text. */
public record NoticeQuery(@Nullable NoticeStatus status, @Nullable NoticeKind kind, @Nullable Long mailboxId, String recipient) {

    public static final NoticeQuery ALL = new NoticeQuery(null, null, null, "");

    public static NoticeQuery ofMailbox(long mailboxId) {
        return new NoticeQuery(null, null, mailboxId, "");
    }

    String where() {
        var conditions = new ArrayList<String>();
        if (status != null) {
            conditions.add("status = :status");
        }
        if (kind != null) {
            conditions.add("kind = :kind");
        }
        if (mailboxId != null) {
            conditions.add("mailbox_id = :mailbox");
        }
        if (!recipient.isBlank()) {
            conditions.add("strpos(recipient, lower(:recipient)) > 0");
        }
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec) {
        var bound = spec;
        if (status != null) {
            bound = bound.param("status", status.name());
        }
        if (kind != null) {
            bound = bound.param("kind", kind.name());
        }
        if (mailboxId != null) {
            bound = bound.param("mailbox", mailboxId);
        }
        if (!recipient.isBlank()) {
            bound = bound.param("recipient", recipient.strip());
        }
        return bound;
    }
}
