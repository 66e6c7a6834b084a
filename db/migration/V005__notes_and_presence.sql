-- Notes people add to a mailbox (helpdesk, admins) or a batch (admins); they are part of the history.
create table mailbox_note (
    id         bigint generated always as identity primary key,
    mailbox_id bigint        not null references mailbox (id),
    author     varchar(64)   not null,
    at         timestamptz   not null,
    text       varchar(4000) not null check (length(btrim(text)) > 0)
);

create index mailbox_note_mailbox_idx on mailbox_note (mailbox_id, at desc);

create table batch_note (
    id       bigint generated always as identity primary key,
    batch_id bigint        not null references migration_batch (id),
    author   varchar(64)   not null,
    at       timestamptz   not null,
    text     varchar(4000) not null check (length(btrim(text)) > 0)
);

create index batch_note_batch_idx on batch_note (batch_id, at desc);

-- Who has which mailbox or batch open right now, across instances; rows live while their screen is open
-- (refreshed every 20 seconds, ignored after 90).
create unlogged table presence (
    viewer    uuid primary key,
    instance  uuid         not null,
    topic     varchar(300) not null,
    username  varchar(64)  not null,
    roles     varchar(100) not null,
    opened_at timestamptz  not null,
    seen_at   timestamptz  not null
);

create index presence_topic_idx on presence (topic, seen_at);
