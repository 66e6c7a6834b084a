-- The answers of API write calls sent with an Idempotency-Key header (docs/adr/0038): per user and key, the hash of
-- the request (method, path, query, body) and, once the first call has finished, its status, content type and body.
-- A row without a status is a call still running. Rows go after a day (idempotency.retention), swept by every
-- instance; the state is here so that a retry reaching another instance finds it.
create table idempotency_key (
    username     varchar(200)  not null,
    key          varchar(255)  not null,
    request_hash char(64)      not null,
    started_at   timestamptz   not null,
    status       integer,
    content_type varchar(200),
    body         bytea,
    primary key (username, key),
    constraint idempotency_key_key check (key <> ''),
    constraint idempotency_key_status check (status is null or status between 100 and 599)
);

create index idempotency_key_started_at_idx on idempotency_key (started_at);
