-- Migration batches, in the Exchange admin center's words, and what Microsoft's status exports report.
create table migration_batch (
    id             bigint generated always as identity primary key,
    name           varchar(64)  not null,
    method         varchar(16)  not null,
    start_mode     varchar(16)  not null,
    planned_start  date,
    endpoint_name  varchar(256) not null default '',
    notes          text         not null default '',
    status         varchar(32)  not null default 'CREATED',
    raw_status     varchar(64)  not null default '',
    status_error   text         not null default '',
    last_synced_at timestamptz,
    created_at     timestamptz  not null,
    updated_at     timestamptz  not null,
    updated_by     varchar(64)  not null,
    version        bigint       not null default 0,
    constraint migration_batch_name_rule check (name ~ '^[A-Za-z0-9]{1,64}$'),
    constraint migration_batch_method_known check (method in ('CUTOVER', 'STAGED', 'HYBRID', 'IMAP')),
    constraint migration_batch_start_mode_known check (start_mode in ('AUTOMATIC', 'MANUAL')),
    constraint migration_batch_status_known check (status in ('CREATED', 'STARTING', 'SYNCING', 'SYNCED', 'SYNCED_WITH_ERRORS',
        'COMPLETING', 'COMPLETED', 'COMPLETED_WITH_ERRORS', 'STOPPED', 'FAILED', 'REMOVING', 'REMOVED'))
);

create unique index migration_batch_name_key on migration_batch (lower(name));

create table batch_history (
    id           bigint generated always as identity primary key,
    batch_id     bigint      not null references migration_batch (id),
    at           timestamptz not null,
    actor        varchar(64) not null,
    operation_id uuid,
    field        varchar(64) not null,
    old_value    text,
    new_value    text
);

create index batch_history_batch_idx on batch_history (batch_id, at desc, id desc);

-- A mailbox is in at most one batch at a time; Microsoft's last word on it is kept raw.
alter table mailbox
    add column batch_id               bigint references migration_batch (id),
    add column ms_status              varchar(64) not null default '',
    add column ms_status_detail       text        not null default '',
    add column last_successful_sync   timestamptz,
    add column items_synced           bigint,
    add column items_skipped          bigint,
    add column percent_complete       smallint check (percent_complete between 0 and 100),
    add column data_consistency       varchar(32) not null default '';

create index mailbox_batch_idx on mailbox (batch_id);

-- The MX record decides when batches may be removed (72 hours after it points to Microsoft 365).
alter table migration_project
    add column mx_points_to_cloud boolean not null default false,
    add column mx_changed_at      timestamptz;
