-- The project plan (DOMAIN.md §3): a row per checklist step someone has worked on; steps nobody touched yet are
-- the catalogue's defaults and have no row. A step the method no longer needs keeps its row (shown not applicable).
create table plan_step (
    step       varchar(48)  primary key,
    status     varchar(16)  not null default 'OPEN',
    owner      varchar(64),
    due_on     date,
    done_at    timestamptz,
    note       text         not null default '',
    updated_at timestamptz  not null,
    updated_by varchar(64)  not null,
    version    bigint       not null default 0,
    constraint plan_step_status_known check (status in ('OPEN', 'IN_PROGRESS', 'DONE', 'NOT_APPLICABLE'))
);

-- A step's values (a host name, a time, seconds), one row per field.
create table plan_step_value (
    step  varchar(48) not null references plan_step (step) on delete cascade,
    field varchar(48) not null,
    value text        not null,
    primary key (step, field)
);

-- Who changed what in a step and when.
create table plan_step_history (
    id        bigint generated always as identity primary key,
    step      varchar(48) not null,
    at        timestamptz not null,
    actor     varchar(64) not null,
    field     varchar(64) not null,
    old_value text,
    new_value text
);

create index plan_step_history_step_idx on plan_step_history (step, at desc, id desc);

-- The secret in a tracker user's calendar subscription URL, kept only as its SHA-256 (hex): renewing replaces it.
create table calendar_subscription (
    username   varchar(64) primary key,
    token_hash varchar(64) not null,
    created_at timestamptz not null
);

create unique index calendar_subscription_token_key on calendar_subscription (token_hash);
