-- Migration endpoints (DOMAIN.md §3 step 8): how Microsoft 365 reaches the source. Never a password.
create table migration_endpoint (
    id               bigint generated always as identity primary key,
    name             varchar(256) not null,
    kind             varchar(24)  not null,
    exchange_server  varchar(253) not null default '',
    rpc_proxy_server varchar(253) not null default '',
    account          varchar(256) not null default '',
    max_concurrent   integer      not null default 20,
    updated_at       timestamptz  not null,
    updated_by       varchar(64)  not null,
    version          bigint       not null default 0,
    constraint migration_endpoint_kind_known check (kind in ('OUTLOOK_ANYWHERE', 'IMAP', 'HYBRID')),
    constraint migration_endpoint_concurrency check (max_concurrent between 1 and 300)
);

create unique index migration_endpoint_name_key on migration_endpoint (lower(name));

-- batches named their endpoint in free text until now: each name becomes an endpoint of the kind its method uses
insert into migration_endpoint (name, kind, updated_at, updated_by)
select distinct on (lower(endpoint_name)) endpoint_name,
       case method when 'IMAP' then 'IMAP' when 'HYBRID' then 'HYBRID' else 'OUTLOOK_ANYWHERE' end, now(), 'system'
from migration_batch where endpoint_name <> ''
order by lower(endpoint_name), created_at;
