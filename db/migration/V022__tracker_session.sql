-- Who is signed in, on which instance, across instances (docs/adr/0030). The id is an opaque number the tracker
-- keeps in the HTTP session, never the session cookie's value. A row stays after its session ended (ended_at, why),
-- so an instance that missed the notification still ends the session at its next check; old rows are purged.
create table tracker_session (
    id               uuid primary key,
    username         varchar(64)  not null,
    roles            varchar(100) not null,
    -- a short digest of the password hash the session signed in with: a new password ends older sessions
    credential_stamp varchar(16),
    instance         varchar(200) not null,
    client_address   varchar(100),
    signed_in_at     timestamptz  not null,
    last_activity_at timestamptz  not null,
    ended_at         timestamptz,
    end_reason       varchar(30),
    constraint tracker_session_end check ((ended_at is null) = (end_reason is null))
);

create index tracker_session_open_idx on tracker_session (username) where ended_at is null;
create index tracker_session_ended_idx on tracker_session (ended_at) where ended_at is not null;
