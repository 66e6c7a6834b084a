package org.migrationtracker.notice;

import org.migrationtracker.mailbox.Mailbox;
import org.migrationtracker.mailbox.MailboxNotices;
import org.migrationtracker.mailbox.MailboxSearch;
import org.migrationtracker.project.ProjectService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The notices' clock work, on every instance every few seconds: queue what is due (when admins turned the schedule on),
 * then send what is queued, at most {@code tracker.notices.per-minute} a minute across all instances. Each step holds a
 * PostgreSQL advisory lock for its transaction, so one instance at a time does it; the unique index on (mailbox, kind)
 * and the rows' SKIP LOCKED claim keep a notice from going twice even so (docs/adr/0049).
 */
@Component
class NoticeSchedule {

    static final String SCHEDULE = "schedule";
    private static final Logger log = LoggerFactory.getLogger(NoticeSchedule.class);
    /** The advisory locks' keys: "NOTICE" in ASCII, and +1. */
    private static final long QUEUE_LOCK = 0x4E4F54494345L;
    private static final long SEND_LOCK = QUEUE_LOCK + 1;

    private final NoticeStore store;
    private final NoticeDelivery delivery;
    private final NoticeComposer composer;
    private final TemporaryPasswords passwords;
    private final NoticeProperties properties;
    private final MailboxSearch mailboxes;
    private final MailboxNotices told;
    private final ProjectService project;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SecurityContextHolderStrategy contexts;

    NoticeSchedule(NoticeStore store, NoticeDelivery delivery, NoticeComposer composer, TemporaryPasswords passwords,
                   NoticeProperties properties, MailboxSearch mailboxes, MailboxNotices told, ProjectService project,
                   TransactionTemplate transaction, ApplicationEventPublisher events, Clock clock,
                   ObjectProvider<SecurityContextHolderStrategy> contexts) {
        // the strategy this context's method security reads (Vaadin's), not whichever the JVM's holder has now
        this.contexts = contexts.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
        this.store = store;
        this.delivery = delivery;
        this.composer = composer;
        this.passwords = passwords;
        this.properties = properties;
        this.mailboxes = mailboxes;
        this.told = told;
        this.project = project;
        this.transaction = transaction;
        this.events = events;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${tracker.notices.poll:10s}", initialDelayString = "${tracker.notices.poll:10s}")
    void tick() {
        try {
            queueDue();
            sendDue();
        } catch (RuntimeException e) {
            // the database away, say: the next tick tries again
            log.warn("Notices: {}", e.getMessage());
        }
    }

    /** Queues every scheduled notice that is due now; how many (0 when the schedule is off or another instance queues). */
    int queueDue() {
        Integer queued = asSchedule(() -> transaction.execute(status -> {
            var settings = store.settings();
            if (!settings.automatic() || !store.tryLock(QUEUE_LOCK)) {
                return 0;
            }
            var project = this.project.current();
            var now = clock.instant();
            var moments = new NoticeStore.Moments(now, LocalDate.now(clock.withZone(ZoneId.systemDefault())), settings.announcementDays(),
                    settings.reminderDays(), settings.defaultLanguage(), project.getMethod(),
                    project.isMxPointsToCloud() && project.getMxChangedAt() != null && !project.getMxChangedAt().isAfter(now));
            int count = 0;
            for (var kind : NoticeKind.values()) {
                if (kind.scheduled()) {
                    count += store.queueDue(kind, moments);
                }
            }
            return count;
        }));
        if (queued != null && queued > 0) {
            log.info("Notices: {} queued by the schedule", queued);
            events.publishEvent(new NoticesChanged(queued));
        }
        return queued == null ? 0 : queued;
    }

    /** Sends the queued notices that are due, within the minute's budget; how many it tried. */
    int sendDue() {
        var transport = delivery.transport();
        if (transport.isEmpty()) {
            return 0;
        }
        Integer tried = asSchedule(() -> transaction.execute(status -> {
            if (!store.tryLock(SEND_LOCK)) {
                return 0;
            }
            var now = clock.instant();
            int budget = properties.perMinute() - store.attemptsSince(now.minusSeconds(60));
            if (budget <= 0) {
                return 0;
            }
            var due = store.claim(now, budget, passwords.holder());
            if (due.isEmpty()) {
                return 0;
            }
            var byId = mailboxes.findAll(due.stream().map(Notice::mailboxId).distinct().toList()).stream()
                    .collect(Collectors.toMap(Mailbox::id, Function.identity()));
            var outcomes = new ArrayList<MailboxNotices.Told>();
            String from = from();
            for (var notice : due) {
                send(notice, byId.get(notice.mailboxId()), transport.get(), from, now, outcomes);
            }
            told.record(outcomes);
            return due.size();
        }));
        if (tried != null && tried > 0) {
            events.publishEvent(new NoticesChanged(tried));
        }
        return tried == null ? 0 : tried;
    }

    private void send(Notice notice, Mailbox mailbox, NoticeTransport transport, String from, java.time.Instant now,
                      List<MailboxNotices.Told> outcomes) {
        String actor = notice.queuedBy();
        String password = notice.withPassword() ? passwords.password(notice.id()) : null;
        if (mailbox == null || (notice.withPassword() && password == null)) {
            String why = mailbox == null ? "The mailbox is no longer in the tracker"
                    : "The temporary password is no longer held (the tracker restarted): export the batch CSV with mailed passwords again";
            store.failed(notice.id(), now, null, why, notice.subject());
            if (mailbox != null) {
                outcomes.add(new MailboxNotices.Told(notice.mailboxId(), now, actor, notice.kind().name(), notice.language(), "FAILED"));
            }
            return;
        }
        NoticeComposer.Composed composed = null;
        try {
            composed = composer.compose(notice.kind(), notice.language(), mailbox, password);
            var message = composed.message();
            transport.send(new Outgoing(from, notice.recipient(), message.subject(), message.html(), message.text(), notice.language(),
                    composed.calendar()));
            store.sent(notice.id(), now, composed.kept().subject(), composed.kept().html());
            outcomes.add(new MailboxNotices.Told(notice.mailboxId(), now, actor, notice.kind().name(), notice.language(), "SENT"));
            passwords.forget(notice.id());
        } catch (Exception e) {
            int attempts = notice.attempts() + 1;
            boolean givesUp = attempts >= properties.maxAttempts();
            var retryAt = givesUp ? null : now.plus(properties.retryDelay(attempts));
            String error = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            store.failed(notice.id(), now, retryAt, error, composed == null ? notice.subject() : composed.kept().subject());
            log.warn("Notice {} ({}) to {} failed, attempt {} of {}{}: {}", notice.id(), notice.kind(), notice.recipient(), attempts,
                    properties.maxAttempts(), givesUp ? ", given up" : ", next at " + retryAt, error);
            if (givesUp) {
                outcomes.add(new MailboxNotices.Told(notice.mailboxId(), now, actor, notice.kind().name(), notice.language(), "FAILED"));
                passwords.forget(notice.id());
            }
        }
    }

    /** The sender's address: configured, else the project's first SMTP domain's migration-tracker@, else @localhost. */
    String from() {
        if (!properties.from().isBlank()) {
            return properties.from();
        }
        var domains = project.current().getSmtpDomains();
        return "migration-tracker@" + (domains.isEmpty() ? "localhost" : domains.getFirst());
    }

    /** Runs as the schedule: signed in, with no role (it reads mailboxes; what it writes it writes itself). */
    private <T> T asSchedule(Supplier<T> work) {
        var previous = contexts.getContext();
        var context = contexts.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(SCHEDULE, null, List.of()));
        contexts.setContext(context);
        try {
            return work.get();
        } finally {
            contexts.setContext(previous);
        }
    }
}
