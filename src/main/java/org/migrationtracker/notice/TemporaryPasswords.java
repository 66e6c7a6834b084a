package org.migrationtracker.notice;

import org.jspecify.annotations.Nullable;
import org.migrationtracker.batch.PasswordHandoff;
import org.migrationtracker.security.CurrentUser;
import org.springframework.stereotype.Component;

import java.time.Clock;
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
        // shared, room and equipment mailboxes are in the file but get no message
        var mailboxes = store.mailboxIdsByPrimaryAddress(passwordsByAddress.keySet());
        var notices = store.announcementsHolding(mailboxes.values(), holder, store.settings().defaultLanguage(), clock.instant(),
                currentUser.actor());
        mailboxes.forEach((address, mailboxId) -> {
            var notice = notices.get(mailboxId);
            if (notice != null) {
                byNotice.put(notice, passwordsByAddress.get(address));
            }
        });
        return notices.size();
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
