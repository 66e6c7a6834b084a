-- Mailbox databases on-premises: Receive As for the migration admin is granted per database.
create table mailbox_database (
    name_key   varchar(256) primary key,
    name       varchar(256) not null,
    receive_as boolean      not null default false,
    updated_at timestamptz  not null,
    updated_by varchar(64)  not null,
    constraint mailbox_database_key_lower check (name_key = lower(name))
);

-- Every mailbox to move, its permissions, readiness, state and post-migration steps.
create table mailbox (
    id                           bigint generated always as identity primary key,
    primary_address              varchar(320) not null,
    display_name                 varchar(256) not null default '',
    alias                        varchar(256) not null default '',
    department                   varchar(256) not null default '',
    database_name                varchar(256) not null default '',
    recipient_type               varchar(16)  not null default 'USER',
    size_bytes                   bigint,
    proxy_addresses              text[]       not null default '{}',
    um_enabled                   boolean      not null default false,
    um_was_enabled               boolean      not null default false,
    full_access                  boolean      not null default false,
    write_property               boolean      not null default false,
    state                        varchar(32)  not null default 'NOT_READY',
    state_note                   text         not null default '',
    ready                        boolean      not null default false,
    readiness                    text[]       not null default '{}',
    cloud_created_on             date,
    licence_assigned_on          date,
    um_reenabled                 boolean      not null default false,
    outlook_profile_reconfigured boolean      not null default false,
    mail_user_converted          boolean      not null default false,
    imported_at                  timestamptz  not null,
    updated_at                   timestamptz  not null,
    updated_by                   varchar(64)  not null,
    version                      bigint       not null default 0,
    constraint mailbox_primary_address_lower check (primary_address = lower(primary_address) and primary_address like '%_@_%'),
    constraint mailbox_recipient_type_known check (recipient_type in ('USER', 'SHARED', 'ROOM', 'EQUIPMENT', 'OTHER')),
    constraint mailbox_state_known check (state in ('NOT_READY', 'READY', 'IN_BATCH', 'SYNCING', 'SYNCED', 'COMPLETED',
        'CONVERTED_TO_MAIL_USER', 'DONE', 'FAILED', 'SKIPPED')),
    constraint mailbox_size_positive check (size_bytes is null or size_bytes >= 0)
);

create unique index mailbox_primary_address_key on mailbox (primary_address);
create index mailbox_state_idx on mailbox (state);
create index mailbox_display_name_idx on mailbox (lower(display_name), id);
create index mailbox_department_idx on mailbox (department);
create index mailbox_database_idx on mailbox (lower(database_name));
create index mailbox_ready_idx on mailbox (ready);
create index mailbox_proxy_addresses_idx on mailbox using gin (proxy_addresses);

-- The lasting history: Microsoft deletes its migration statistics after 60 to 90 days, the tracker does not.
create table mailbox_history (
    id           bigint generated always as identity primary key,
    mailbox_id   bigint      not null references mailbox (id),
    at           timestamptz not null,
    actor        varchar(64) not null,
    operation_id uuid,
    field        varchar(64) not null,
    old_value    text,
    new_value    text
);

create index mailbox_history_mailbox_idx on mailbox_history (mailbox_id, at desc, id desc);
create index mailbox_history_operation_idx on mailbox_history (operation_id) where operation_id is not null;
