package org.migrationtracker.notice;

import org.jspecify.annotations.Nullable;
import org.migrationtracker.batch.PasswordHandoff;
import org.migrationtracker.security.CurrentUser;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The staged batch CSV's temporary passwords on their way to their users: each announcement that carries one is marked
 * in the notice table as held by this instance, and the password itself stays in this instance's memory only, until its
 * message was sent or gave up. Nothing writes it to the database or the log; after a restart the announcement fails
 * with "export the batch CSV again" (docs/adr/0049).
 */
@Component
class TemporaryPasswords implements PasswordHandoff {

    /** This instance, as the notice table names the holder of a password. */
    private final String holder = "instance-" + UUID.randomUUID();
    private final Map<Long, String> byNotice = new ConcurrentHashMap<>();
    private final NoticeStore store;
    private final NoticeDelivery delivery;
    private final CurrentUser currentUser;
    private final Clock clock;

    TemporaryPasswords(NoticeStore store, NoticeDelivery delivery, CurrentUser currentUser, Clock clock) {
        this.store = store;
        this.delivery = delivery;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    String holder() {
        return holder;
    }

    @Override
    public int mailPasswords(String batchName, Map<String, String> passwordsByAddress) {
        var ids = store.mailboxIdsByAddress(passwordsByAddress.keySet());
        var language = store.settings().defaultLanguage();
        int queued = 0;
        for (var entry : ids.entrySet()) {
            long mailboxId = entry.getValue();
            var waiting = store.waitingAnnouncement(mailboxId);
            // the announcement not sent yet carries the password; one already sent is followed by a resend with it
            long noticeId = waiting.orElseGet(() -> {
                var fresh = store.queue(List.of(mailboxId), NoticeKind.ANNOUNCEMENT, false, language, clock.instant(), currentUser.actor());
                return fresh.isEmpty()
                        ? store.queue(List.of(mailboxId), NoticeKind.ANNOUNCEMENT, true, language, clock.instant(), currentUser.actor()).getFirst()
                        : fresh.getFirst();
            });
            store.holdPassword(noticeId, holder);
            byNotice.put(noticeId, passwordsByAddress.get(entry.getKey()));
            queued++;
        }
        return queued;
    }

    @Override
    public boolean sending() {
        return delivery.transport().isPresent();
    }

    @Nullable String password(long noticeId) {
        return byNotice.get(noticeId);
    }

    void forget(long noticeId) {
        byNotice.remove(noticeId);
    }

    /** How many passwords wait in memory (the tests and the screen). */
    int held() {
        return byNotice.size();
    }
}
