package org.migrationtracker.notice;

import org.jspecify.annotations.Nullable;
import org.migrationtracker.project.MigrationMethod;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The notices' tables (templates, settings, notices) and what they read of mailboxes and batches through their owners'
 * views notice_mailbox and notice_batch. Queuing is one set-based statement per kind; the unique index on
 * (mailbox, kind) makes a notice go at most once, whichever instance queues it.
 */
@Repository
class NoticeStore {

    /** The users notices go to: no shared, room or equipment mailbox. */
    static final String PEOPLE = "m.recipient_type not in ('SHARED', 'ROOM', 'EQUIPMENT')";
    private static final String ONCE = " on conflict (mailbox_id, kind) where not resend and kind <> 'FREE' do nothing";
    private static final String COLUMNS = "id, mailbox_id, kind, language, recipient, subject, body, batch_name, resend, with_password, "
            + "status, attempts, next_attempt_at, last_error, queued_at, queued_by, sent_at";
    private static final RowMapper<Notice> NOTICE = NoticeStore::notice;

    private final JdbcClient jdbc;

    NoticeStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    NoticeSettings settings() {
        return jdbc.sql("select automatic, announcement_days, reminder_days, default_language, updated_at, updated_by, version "
                        + "from notice_settings where id = 1")
                .query((rs, n) -> new NoticeSettings(rs.getBoolean(1), rs.getInt(2), rs.getInt(3), rs.getString(4),
                        rs.getTimestamp(5).toInstant(), rs.getString(6), rs.getLong(7))).single();
    }

    /** Saves them if no one else did since {@code version}; false when someone did. */
    boolean saveSettings(NoticeSettings settings, long version) {
        return jdbc.sql("""
                        update notice_settings set automatic = :automatic, announcement_days = :announcement, reminder_days = :reminder,
                            default_language = :language, updated_at = :at, updated_by = :by, version = version + 1
                        where id = 1 and version = :version""")
                .param("automatic", settings.automatic()).param("announcement", settings.announcementDays())
                .param("reminder", settings.reminderDays()).param("language", settings.defaultLanguage())
                .param("at", at(settings.updatedAt())).param("by", settings.updatedBy()).param("version", version)
                .update() == 1;
    }

    private static final String TEMPLATE = "select kind, language, subject, body, updated_at, updated_by from notice_template";
    private static final RowMapper<NoticeTemplate> EDITED = (rs, n) -> new NoticeTemplate(NoticeKind.valueOf(rs.getString(1)),
            rs.getString(2), rs.getString(3), rs.getString(4), true, rs.getTimestamp(5).toInstant(), rs.getString(6));

    Map<String, NoticeTemplate> editedTemplates() {
        return jdbc.sql(TEMPLATE).query(EDITED).list().stream().collect(Collectors.toMap(t -> t.kind() + "/" + t.language(), t -> t));
    }

    Optional<NoticeTemplate> editedTemplate(NoticeKind kind, String language) {
        return jdbc.sql(TEMPLATE + " where kind = :kind and language = :language").param("kind", kind.name())
                .param("language", language).query(EDITED).optional();
    }

    void saveTemplate(NoticeTemplate template) {
        jdbc.sql("""
                        insert into notice_template (kind, language, subject, body, updated_at, updated_by)
                        values (:kind, :language, :subject, :body, :at, :by)
                        on conflict (kind, language) do update set subject = excluded.subject, body = excluded.body,
                            updated_at = excluded.updated_at, updated_by = excluded.updated_by""")
                .param("kind", template.kind().name()).param("language", template.language()).param("subject", template.subject())
                .param("body", template.body()).param("at", at(template.updatedAt())).param("by", template.updatedBy()).update();
    }

    void deleteTemplate(NoticeKind kind, String language) {
        jdbc.sql("delete from notice_template where kind = :kind and language = :language")
                .param("kind", kind.name()).param("language", language).update();
    }

    /** The facts that decide when each scheduled kind is due. */
    record Moments(Instant now, LocalDate today, int announcementDays, int reminderDays, String defaultLanguage,
                   MigrationMethod projectMethod, boolean mxMoved) {
    }

    /** Queues every notice of the kind that is due now and was not queued before; how many it queued. */
    int queueDue(NoticeKind kind, Moments moments) {
        String select = "select m.id, '" + kind.name() + "', coalesce(nullif(m.preferred_language, ''), :language), m.primary_address, "
                + "coalesce(b.name, ''), :now, :now, 'schedule' from notice_mailbox m ";
        String sql = switch (kind) {
            // the days before a batch's planned start, while it has not started
            case ANNOUNCEMENT -> select + "join notice_batch b on b.id = m.batch_id where " + PEOPLE
                    + " and b.started_at is null and b.status = 'CREATED' and b.planned_start is not null"
                    + " and b.planned_start - cast(:announcementDays as integer) <= :today and b.planned_start >= :today"
                    + " and m.state in ('NOT_READY', 'READY', 'IN_BATCH')";
            // the day the batch started, for the mailboxes it is moving
            case MOVING_TONIGHT -> select + "join notice_batch b on b.id = m.batch_id where " + PEOPLE
                    + " and b.started_at is not null and b.started_at <= :now and b.started_at > :now - interval '24 hours'"
                    + " and m.state in ('IN_BATCH', 'SYNCING', 'SYNCED')";
            // completed in the last 30 days; where mail follows the MX record (cutover, IMAP), once it points to the cloud
            case WELCOME -> select + "left join notice_batch b on b.id = m.batch_id where " + PEOPLE
                    + " and m.state in ('COMPLETED', 'CONVERTED_TO_MAIL_USER', 'DONE') and m.completed_at is not null"
                    + " and m.completed_at > :now - interval '30 days'"
                    + " and (coalesce(b.method, :method) not in ('CUTOVER', 'IMAP') or :mxMoved)";
            // cutover and staged: the profile still not reconfigured days after the welcome letter went
            case REMINDER -> select + "left join notice_batch b on b.id = m.batch_id where " + PEOPLE
                    + " and m.state in ('COMPLETED', 'CONVERTED_TO_MAIL_USER', 'DONE') and not m.outlook_profile_reconfigured"
                    + " and coalesce(b.method, :method) in ('CUTOVER', 'STAGED')"
                    + " and exists (select 1 from notice w where w.mailbox_id = m.id and w.kind = 'WELCOME' and w.status = 'SENT'"
                    + "   and w.sent_at <= :now - make_interval(days => cast(:reminderDays as integer)))";
            case FREE -> throw new IllegalArgumentException("a free notice is not scheduled");
        };
        return jdbc.sql("insert into notice (mailbox_id, kind, language, recipient, batch_name, next_attempt_at, queued_at, queued_by) "
                        + sql + ONCE)
                .param("language", moments.defaultLanguage()).param("now", at(moments.now())).param("today", moments.today())
                .param("announcementDays", moments.announcementDays()).param("reminderDays", moments.reminderDays())
                .param("method", moments.projectMethod().name()).param("mxMoved", moments.mxMoved()).update();
    }

    /**
     * Queues the kind for the mailboxes (people only); a resend or a free notice goes again, any other once.
     *
     * @return the ids of the notices queued
     */
    List<Long> queue(Collection<Long> mailboxIds, NoticeKind kind, boolean resend, String defaultLanguage, Instant now, String by) {
        if (mailboxIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        insert into notice (mailbox_id, kind, language, recipient, batch_name, resend, next_attempt_at, queued_at,
                            queued_by)
                        select m.id, :kind, coalesce(nullif(m.preferred_language, ''), :language), m.primary_address,
                            coalesce(b.name, ''), :resend, :now, :now, :by
                        from notice_mailbox m left join notice_batch b on b.id = m.batch_id
                        where m.id = any(:ids) and\s""" + PEOPLE + ONCE + " returning id")
                .param("kind", kind.name()).param("language", defaultLanguage).param("resend", resend || kind == NoticeKind.FREE)
                .param("now", at(now)).param("by", by)
                .param("ids", mailboxIds.toArray(Long[]::new)).query(Long.class).list();
    }

    /** How many of the ids are people (the rest are shared, room or equipment mailboxes). */
    int people(Collection<Long> mailboxIds) {
        return jdbc.sql("select count(*) from notice_mailbox m where m.id = any(:ids) and " + PEOPLE)
                .param("ids", mailboxIds.toArray(Long[]::new)).query(Integer.class).single();
    }

    /**
     * The announcements of the mailboxes, each to carry a password held by {@code holder}, in three statements for any
     * number: the one still waiting takes it; else a first one is queued; else (one went before) it is sent again.
     *
     * @return mailbox id → notice id
     */
    Map<Long, Long> announcementsHolding(Collection<Long> mailboxIds, String holder, String defaultLanguage, Instant now, String by) {
        var ids = mailboxIds.toArray(Long[]::new);
        var notices = new java.util.HashMap<Long, Long>(pairs(jdbc.sql("""
                        update notice set with_password = true, password_holder = :holder
                        where mailbox_id = any(:ids) and kind = 'ANNOUNCEMENT' and status in ('QUEUED', 'RETRYING')
                        returning mailbox_id, id""").param("holder", holder).param("ids", ids)));
        for (boolean resend : new boolean[] {false, true}) {
            var rest = mailboxIds.stream().filter(id -> !notices.containsKey(id)).toArray(Long[]::new);
            if (rest.length == 0) {
                break;
            }
            notices.putAll(pairs(jdbc.sql("""
                            insert into notice (mailbox_id, kind, language, recipient, batch_name, resend, with_password, password_holder,
                                next_attempt_at, queued_at, queued_by)
                            select m.id, 'ANNOUNCEMENT', coalesce(nullif(m.preferred_language, ''), :language), m.primary_address,
                                coalesce(b.name, ''), :resend, true, :holder, :now, :now, :by
                            from notice_mailbox m left join notice_batch b on b.id = m.batch_id
                            where m.id = any(:ids) and\s""" + PEOPLE + ONCE + " returning mailbox_id, id")
                    .param("language", defaultLanguage).param("resend", resend).param("holder", holder).param("now", at(now))
                    .param("by", by).param("ids", rest)));
        }
        return notices;
    }

    private static Map<Long, Long> pairs(JdbcClient.StatementSpec spec) {
        return spec.query((rs, n) -> Map.entry(rs.getLong(1), rs.getLong(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** Every mailbox (people or not) by its primary address, as given in any case. */
    Map<String, Long> mailboxIdsByPrimaryAddress(Collection<String> addresses) {
        return jdbc.sql("select primary_address, id from notice_mailbox where primary_address = any(:addresses)")
                .param("addresses", addresses.stream().map(a -> a.strip().toLowerCase(java.util.Locale.ROOT)).toArray(String[]::new))
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** One lock for all instances, held until the transaction ends: only one instance queues or sends at a time. */
    boolean tryLock(long key) {
        return Boolean.TRUE.equals(jdbc.sql("select pg_try_advisory_xact_lock(:key)").param("key", key).query(Boolean.class).single());
    }

    int attemptsSince(Instant since) {
        return jdbc.sql("select count(*) from notice where last_attempt_at > :since").param("since", at(since))
                .query(Integer.class).single();
    }

    /** The notices due now, oldest first; those carrying a password only on the instance that holds it. */
    List<Notice> claim(Instant now, int limit, String holder) {
        return jdbc.sql("select " + COLUMNS + " from notice where status in ('QUEUED', 'RETRYING') and next_attempt_at <= :now"
                        + " and (not with_password or password_holder = :holder) order by next_attempt_at, id limit :limit for update skip locked")
                .param("now", at(now)).param("holder", holder).param("limit", limit).query(NOTICE).list();
    }

    void sent(long id, Instant at, String subject, String body) {
        jdbc.sql("""
                        update notice set status = 'SENT', sent_at = :at, last_attempt_at = :at, attempts = attempts + 1,
                            subject = :subject, body = :body, last_error = '', password_holder = '' where id = :id""")
                .param("at", at(at)).param("subject", subject).param("body", body).param("id", id).update();
    }

    void failed(long id, Instant at, @Nullable Instant retryAt, String error, String subject) {
        jdbc.sql("""
                        update notice set status = :status, last_attempt_at = :at, attempts = attempts + 1, subject = :subject,
                            next_attempt_at = coalesce(cast(:retry as timestamptz), next_attempt_at), last_error = :error,
                            password_holder = case when cast(:retry as timestamptz) is null then '' else password_holder end where id = :id""")
                .param("status", retryAt == null ? "FAILED" : "RETRYING").param("at", at(at)).param("subject", subject)
                .param("retry", retryAt == null ? null : at(retryAt)).param("error", error).param("id", id).update();
    }

    /** Cancels notices still waiting; how many. */
    int cancel(Collection<Long> ids) {
        return jdbc.sql("update notice set status = 'CANCELLED', password_holder = '' where id = any(:ids) and status in ('QUEUED', 'RETRYING')")
                .param("ids", ids.toArray(Long[]::new)).update();
    }

    Optional<NoticeBatch> batch(String name) {
        return jdbc.sql("select id, name, method, planned_start, planned_end, started_at from notice_batch where lower(name) = lower(:name)")
                .param("name", name).query(NoticeStore::batch).optional();
    }

    Map<Long, Instant> completedAt(Collection<Long> mailboxIds) {
        return jdbc.sql("select id, completed_at from notice_mailbox where id = any(:ids) and completed_at is not null")
                .param("ids", mailboxIds.toArray(Long[]::new))
                .query((rs, n) -> Map.entry(rs.getLong(1), rs.getTimestamp(2).toInstant())).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    List<Long> mailboxesInBatch(long batchId) {
        return jdbc.sql("select id from notice_mailbox where batch_id = :id order by id").param("id", batchId).query(Long.class).list();
    }

    /** A page of notices, newest first; a status, a kind, a mailbox may narrow it. */
    List<Notice> page(NoticeQuery query, int offset, int limit) {
        return query.bind(jdbc.sql("select " + COLUMNS + " from notice" + query.where()
                        + " order by coalesce(sent_at, queued_at) desc, id desc offset :offset limit :limit"))
                .param("offset", offset).param("limit", limit).query(NOTICE).list();
    }

    int count(NoticeQuery query) {
        return query.bind(jdbc.sql("select count(*) from notice" + query.where())).query(Integer.class).single();
    }

    Optional<Notice> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from notice where id = :id").param("id", id).query(NOTICE).optional();
    }

    /** What the schedule will queue on coming days: per kind, batch and day, how many users. */
    List<DueNext> dueNext(Moments moments, String zone) {
        return jdbc.sql("""
                        select 'ANNOUNCEMENT', b.name, b.planned_start - cast(:days as integer), count(*) from notice_mailbox m
                        join notice_batch b on b.id = m.batch_id
                        where\s""" + PEOPLE + """
                         and b.started_at is null and b.status = 'CREATED' and b.planned_start is not null
                         and b.planned_start - cast(:days as integer) > :today
                         and not exists (select 1 from notice n where n.mailbox_id = m.id and n.kind = 'ANNOUNCEMENT')
                        group by b.name, b.planned_start
                        union all
                        select 'MOVING_TONIGHT', b.name, b.planned_start, count(*) from notice_mailbox m
                        join notice_batch b on b.id = m.batch_id
                        where\s""" + PEOPLE + """
                         and b.started_at is null and b.status = 'CREATED' and b.planned_start is not null and b.planned_start >= :today
                         and not exists (select 1 from notice n where n.mailbox_id = m.id and n.kind = 'MOVING_TONIGHT')
                        group by b.name, b.planned_start
                        union all
                        select 'REMINDER', w.batch_name,
                            cast((w.sent_at + make_interval(days => cast(:reminderDays as integer))) at time zone :zone as date), count(*)
                        from notice w join notice_mailbox m on m.id = w.mailbox_id left join notice_batch b on b.id = m.batch_id
                        where w.kind = 'WELCOME' and w.status = 'SENT' and not w.resend and\s""" + PEOPLE + """
                         and not m.outlook_profile_reconfigured and coalesce(b.method, :method) in ('CUTOVER', 'STAGED')
                         and w.sent_at + make_interval(days => cast(:reminderDays as integer)) > :now
                         and not exists (select 1 from notice r where r.mailbox_id = m.id and r.kind = 'REMINDER')
                        group by 1, 2, 3
                        order by 3, 2, 1""")
                .param("days", moments.announcementDays()).param("today", moments.today()).param("now", at(moments.now()))
                .param("reminderDays", moments.reminderDays()).param("method", moments.projectMethod().name()).param("zone", zone)
                .query((rs, n) -> new DueNext(NoticeKind.valueOf(rs.getString(1)), rs.getString(2), rs.getObject(3, LocalDate.class),
                        rs.getInt(4))).list();
    }

    private static NoticeBatch batch(ResultSet rs, int n) throws SQLException {
        Timestamp started = rs.getTimestamp(6);
        return new NoticeBatch(rs.getLong(1), rs.getString(2), MigrationMethod.valueOf(rs.getString(3)), rs.getObject(4, LocalDate.class),
                rs.getObject(5, LocalDate.class), started == null ? null : started.toInstant());
    }

    private static Notice notice(ResultSet rs, int n) throws SQLException {
        Timestamp sent = rs.getTimestamp(17);
        return new Notice(rs.getLong(1), rs.getLong(2), NoticeKind.valueOf(rs.getString(3)), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getString(8), rs.getBoolean(9), rs.getBoolean(10),
                NoticeStatus.valueOf(rs.getString(11)), rs.getInt(12), rs.getTimestamp(13).toInstant(), rs.getString(14),
                rs.getTimestamp(15).toInstant(), rs.getString(16), sent == null ? null : sent.toInstant());
    }
}
