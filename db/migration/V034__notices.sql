-- Notices to the users who move (docs/adr/0049): templates admins edited, the notice settings, and every notice
-- queued or sent. Owned by notice.

create table notice_template (
    kind       varchar(16)  not null,
    language   varchar(2)   not null,
    subject    varchar(300) not null,
    body       text         not null,
    updated_at timestamptz  not null,
    updated_by varchar(64)  not null,
    primary key (kind, language),
    constraint notice_template_kind_known check (kind in ('ANNOUNCEMENT', 'MOVING_TONIGHT', 'WELCOME', 'REMINDER', 'FREE')),
    constraint notice_template_language_known check (language in ('da', 'sv', 'fr', 'nl', 'en'))
);

create table notice_settings (
    id                  smallint    primary key default 1,
    automatic           boolean     not null default false,
    announcement_days   smallint    not null default 7,
    reminder_days       smallint    not null default 3,
    default_language    varchar(2)  not null default 'en',
    updated_at          timestamptz not null,
    updated_by          varchar(64) not null,
    version             bigint      not null default 0,
    constraint notice_settings_one check (id = 1),
    constraint notice_settings_days check (announcement_days between 1 and 60 and reminder_days between 1 and 60),
    constraint notice_settings_language_known check (default_language in ('da', 'sv', 'fr', 'nl', 'en'))
);

insert into notice_settings (updated_at, updated_by) values (now(), 'system');

-- A notice: queued, then sent or retried until it gives up. The body kept is what the user read, without a
-- temporary password (that one goes into the message only, never into this table).
create table notice (
    id              bigint generated always as identity primary key,
    mailbox_id      bigint       not null,
    kind            varchar(16)  not null,
    language        varchar(2)   not null,
    recipient       varchar(320) not null,
    subject         varchar(300) not null default '',
    body            text         not null default '',
    batch_name      varchar(64)  not null default '',
    resend          boolean      not null default false,
    with_password   boolean      not null default false,
    password_holder varchar(64)  not null default '',
    status          varchar(16)  not null default 'QUEUED',
    attempts        smallint     not null default 0,
    next_attempt_at timestamptz  not null,
    last_attempt_at timestamptz,
    last_error      text         not null default '',
    queued_at       timestamptz  not null,
    queued_by       varchar(64)  not null,
    sent_at         timestamptz,
    constraint notice_kind_known check (kind in ('ANNOUNCEMENT', 'MOVING_TONIGHT', 'WELCOME', 'REMINDER', 'FREE')),
    constraint notice_status_known check (status in ('QUEUED', 'RETRYING', 'SENT', 'FAILED', 'CANCELLED')),
    constraint notice_language_known check (language in ('da', 'sv', 'fr', 'nl', 'en'))
);

-- at most once per mailbox and kind, unless an admin resends it; a free notice as often as admins write one
create unique index notice_once_key on notice (mailbox_id, kind) where not resend and kind <> 'FREE';
create index notice_mailbox_idx on notice (mailbox_id, queued_at desc);
create index notice_due_idx on notice (next_attempt_at) where status in ('QUEUED', 'RETRYING');
create index notice_sent_idx on notice (sent_at desc) where sent_at is not null;
create index notice_attempt_idx on notice (last_attempt_at) where last_attempt_at is not null;

-- Owned by mailbox: what the notices read of a mailbox (who, in which language, where it is, when it moved).
create view notice_mailbox as
select m.id, m.primary_address, m.display_name, m.recipient_type, m.preferred_language, m.state, m.batch_id,
       m.outlook_profile_reconfigured,
       (select max(h.at) from mailbox_history h
        where h.mailbox_id = m.id and h.field = 'state' and h.new_value = 'COMPLETED') as completed_at
from mailbox m;

-- Owned by batch: what the notices read of a batch (its name, method and moments).
create view notice_batch as
select id, name, method, planned_start, planned_end, started_at, status from migration_batch;
