-- The security log (docs/adr/0031): sign-ins, refusals, password and user-management changes, with who, whom and
-- from where. Kept like the other history, for as long as the database: rows are only ever added. The trigger below
-- refuses UPDATE, DELETE and TRUNCATE for every database user, the application's included; removing rows is a
-- deliberate act of the database owner (drop the trigger), not something the tracker can do. Never a password,
-- token or secret: detail is words and ids only.
create table security_log (
    id             bigint generated always as identity primary key,
    at             timestamptz   not null,
    kind           varchar(30)   not null,
    actor          varchar(200)  not null,
    subject        varchar(200),
    client_address varchar(100),
    instance       varchar(200)  not null,
    detail         varchar(2000) not null,
    constraint security_log_kind check (kind in ('SIGN_IN', 'SIGN_IN_FAILED', 'SIGN_OUT', 'LOCKED_OUT', 'UNLOCKED',
        'ACCESS_REFUSED', 'PASSWORD_CHANGED', 'PASSWORD_RESET', 'USER_CREATED', 'USER_CHANGED', 'SESSION_ENDED',
        'TOKEN_CREATED', 'TOKEN_REVOKED')),
    constraint security_log_actor check (actor <> ''),
    constraint security_log_subject check (subject is null or subject <> ''),
    constraint security_log_instance check (instance <> '')
);

-- newest first, whole or by kind: what the admins' screen asks for
create index security_log_at_idx on security_log (at desc, id desc);
create index security_log_kind_at_idx on security_log (kind, at desc, id desc);

create function security_log_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'security_log is append-only: % refused', tg_op using errcode = 'insufficient_privilege';
end
$$;

create trigger security_log_no_change before update or delete on security_log
    for each row execute function security_log_append_only();
create trigger security_log_no_truncate before truncate on security_log
    for each statement execute function security_log_append_only();
