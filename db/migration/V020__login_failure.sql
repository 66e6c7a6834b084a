-- Failed sign-ins counted per user name and per client address, across instances (docs/adr/0028): one row per
-- name or address with the failures in its current window and, once they reached the limit, the lock's end. A
-- success deletes its user name's row; rows whose window and lock have both passed are swept.
create table login_failure (
    scope        varchar(10)  not null,
    key          varchar(256) not null,
    failures     integer      not null,
    window_start timestamptz  not null,
    locked_until timestamptz,
    primary key (scope, key),
    constraint login_failure_scope check (scope in ('USER', 'ADDRESS')),
    constraint login_failure_failures check (failures >= 0)
);

create index login_failure_locked_idx on login_failure (locked_until) where locked_until is not null;
