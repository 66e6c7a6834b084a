-- API tokens for scripts (docs/adr/0029): only the SHA-256 of the secret is kept, looked up on every call.
create table api_token (
    id           bigint generated always as identity primary key,
    user_id      bigint       not null references tracker_user (id) on delete cascade,
    name         varchar(100) not null,
    token_hash   char(64)     not null,
    scope        varchar(16)  not null,
    created_at   timestamptz  not null,
    created_by   varchar(64)  not null,
    expires_at   timestamptz  not null,
    last_used_at timestamptz,
    constraint api_token_name_not_blank check (btrim(name) <> ''),
    constraint api_token_scope_known check (scope in ('READ_ONLY', 'FULL')),
    constraint api_token_hash_hex check (token_hash ~ '^[0-9a-f]{64}$'),
    constraint api_token_expires_after_creation check (expires_at > created_at),
    constraint api_token_name_per_user unique (user_id, name)
);

-- every API call with a token finds it by its hash
create unique index api_token_hash_key on api_token (token_hash);
