package org.migrationtracker.notice;

import org.jspecify.annotations.Nullable;
import org.migrationtracker.i18n.Conflict;
import org.migrationtracker.i18n.Message;
import org.migrationtracker.i18n.Refused;
import org.migrationtracker.mailbox.Mailbox;
import org.migrationtracker.mailbox.MailboxSearch;
import org.migrationtracker.project.ProjectService;
import org.migrationtracker.security.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The notices for the screens and the API: everyone signed in reads what went out and what is due; admins edit the
 * templates and settings, preview, test-send to themselves, and send a kind to a selection or a batch.
 */
@Service
public class NoticeService {

    /** Whether notices can go out now, and through what ("SMTP mail.example.com:587"), for the screens to say. */
    public record Sending(boolean on, String through) {
    }

    /**
     * What sending a kind to some mailboxes did: queued, already had it (once per kind), not a person's mailbox, and
     * the addresses named that are no mailbox of the tracker.
     */
    public record Queued(int queued, int alreadySent, int notPeople, List<String> unknown) {
    }

    /** A notice as one user would read it. */
    public record Preview(String subject, String html, String text, @Nullable String calendar, String language, String recipient) {
    }

    private final NoticeStore store;
    private final NoticeTemplates templates;
    private final NoticeComposer composer;
    private final NoticeDelivery delivery;
    private final NoticeSchedule schedule;
    private final MailboxSearch mailboxes;
    private final ProjectService project;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    NoticeService(NoticeStore store, NoticeTemplates templates, NoticeComposer composer, NoticeDelivery delivery, NoticeSchedule schedule,
                  MailboxSearch mailboxes, ProjectService project, CurrentUser currentUser, ApplicationEventPublisher events, Clock clock) {
        this.project = project;
        this.store = store;
        this.templates = templates;
        this.composer = composer;
        this.delivery = delivery;
        this.schedule = schedule;
        this.mailboxes = mailboxes;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    @PreAuthorize("isAuthenticated()")
    public Sending sending() {
        return delivery.transport().map(t -> new Sending(true, t.describe())).orElse(new Sending(false, ""));
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public NoticeSettings settings() {
        return store.settings();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public NoticeSettings saveSettings(boolean automatic, int announcementDays, int reminderDays, String defaultLanguage, long version) {
        var settings = new NoticeSettings(automatic, announcementDays, reminderDays, defaultLanguage, clock.instant(), currentUser.actor(),
                version + 1);
        if (!store.saveSettings(settings, version)) {
            var now = store.settings();
            throw new Conflict(Message.of("notice.settings.changed", now.updatedBy()));
        }
        events.publishEvent(new NoticesChanged(0));
        return store.settings();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<NoticeTemplate> templates() {
        return templates.all();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public NoticeTemplate template(NoticeKind kind, String language) {
        return templates.of(kind, language(language));
    }

    /** Saves the template as the sanitizer leaves it (a script, an event handler removed) and returns what was kept. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public NoticeTemplate saveTemplate(NoticeKind kind, String language, String subject, String body) {
        String clean = NoticeRenderer.clean(body);
        NoticeRenderer.check(subject.strip(), clean);
        var template = new NoticeTemplate(kind, language(language), subject.strip(), clean, true, clock.instant(), currentUser.actor());
        store.saveTemplate(template);
        return template;
    }

    /** Back to the default that ships with the tracker. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public NoticeTemplate resetTemplate(NoticeKind kind, String language) {
        store.deleteTemplate(kind, language(language));
        return DefaultTemplates.of(kind, language(language));
    }

    /** The kind as the mailbox's user would read it, in their language, from the template saved. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Preview preview(NoticeKind kind, long mailboxId) {
        var mailbox = mailbox(mailboxId);
        String language = languageOf(mailbox);
        var template = templates.of(kind, language);
        return preview(kind, language, mailbox, template.subject(), template.body());
    }

    /** The text an admin is editing, in its language, for a chosen mailbox (the editor's live preview). */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public Preview preview(NoticeKind kind, String language, long mailboxId, String subject, String body) {
        NoticeRenderer.check(subject.strip(), body);
        return preview(kind, language(language), mailbox(mailboxId), subject, body);
    }

    private Preview preview(NoticeKind kind, String language, Mailbox mailbox, String subject, String body) {
        String sample = kind == NoticeKind.ANNOUNCEMENT ? NoticeComposer.MASKED : null;
        var composed = composer.compose(kind, language, mailbox, subject, body, sample);
        var shown = composed.kept();
        return new Preview(shown.subject(), shown.html(), shown.text(), composed.calendar(), language, mailbox.primaryAddress());
    }

    /**
     * Sends the text being edited, for the chosen mailbox, to the admin's own address now (not queued, not kept on the
     * mailbox): "[Test]" before the subject.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public String testSend(NoticeKind kind, String language, long mailboxId, String subject, String body, String toAddress) {
        String to = toAddress.strip();
        if (!to.matches("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$")) {
            throw new Refused("notice.test.address", to);
        }
        var transport = delivery.transport().orElseThrow(() -> new Refused("notice.sending.off"));
        var preview = preview(kind, language, mailboxId, subject, body);
        try {
            transport.send(new Outgoing(schedule.from(), to, "[Test] " + preview.subject(), preview.html(), preview.text(), preview.language(),
                    preview.calendar()));
        } catch (Exception e) {
            throw new Refused("notice.test.failed", e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
        return to;
    }

    /** Queues the kind for the mailboxes; {@code resend} sends it again to those who had it. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public Queued send(NoticeKind kind, Collection<Long> mailboxIds, boolean resend) {
        var ids = List.copyOf(new java.util.LinkedHashSet<>(mailboxIds));
        if (ids.isEmpty()) {
            throw new Refused("notice.send.none");
        }
        int people = store.people(ids);
        var queued = store.queue(ids, kind, resend, store.settings().defaultLanguage(), clock.instant(), currentUser.actor());
        if (!queued.isEmpty()) {
            events.publishEvent(new NoticesChanged(queued.size()));
        }
        return new Queued(queued.size(), people - queued.size(), ids.size() - people, List.of());
    }

    /** The same for mailboxes named by primary address (scripts), resolved in one statement. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public Queued sendToAddresses(NoticeKind kind, Collection<String> addresses, boolean resend) {
        var ids = store.mailboxIdsByPrimaryAddress(addresses);
        var unknown = addresses.stream().filter(address -> !ids.containsKey(address.strip().toLowerCase(java.util.Locale.ROOT)))
                .distinct().toList();
        if (ids.isEmpty()) {
            throw new Refused("notice.api.none-known", String.join(", ", unknown));
        }
        var queued = send(kind, ids.values(), resend);
        return new Queued(queued.queued(), queued.alreadySent(), queued.notPeople(), unknown);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public Queued sendToBatch(NoticeKind kind, String batchName, boolean resend) {
        var batch = store.batch(batchName).orElseThrow(() -> new Refused("notice.send.no-batch", batchName));
        var ids = store.mailboxesInBatch(batch.id());
        if (ids.isEmpty()) {
            throw new Refused("notice.send.empty-batch", batch.name());
        }
        return send(kind, ids, resend);
    }

    /** Cancels notices that have not gone yet; how many. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public int cancel(Collection<Long> noticeIds) {
        int cancelled = store.cancel(noticeIds);
        events.publishEvent(new NoticesChanged(cancelled));
        return cancelled;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Notice> page(NoticeQuery query, int offset, int limit) {
        return store.page(query, Math.max(0, offset), Math.clamp(limit, 1, 1000));
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public int count(NoticeQuery query) {
        return store.count(query);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<Notice> find(long id) {
        return store.find(id);
    }

    /** What the schedule will queue on coming days. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<DueNext> dueNext() {
        var settings = store.settings();
        var zone = ZoneId.systemDefault();
        var moments = new NoticeStore.Moments(clock.instant(), LocalDate.now(clock.withZone(zone)), settings.announcementDays(),
                settings.reminderDays(), settings.defaultLanguage(), project.method(), false);
        return store.dueNext(moments, zone.getId());
    }

    private Mailbox mailbox(long id) {
        return mailboxes.find(id).orElseThrow(() -> new Refused("mailbox.no-such-id", id));
    }

    private String languageOf(Mailbox mailbox) {
        String preferred = mailbox.inventory().preferredLanguage().code();
        return preferred.isEmpty() ? store.settings().defaultLanguage() : preferred;
    }

    private static String language(String code) {
        String language = code.strip().toLowerCase(java.util.Locale.ROOT);
        if (!NoticeLanguages.CODES.contains(language)) {
            throw new Refused("notice.language.unknown", code);
        }
        return language;
    }
}
