-- One installation tracks one migration: its settings live in a single row.
create table migration_project (
    id                      smallint     primary key default 1 check (id = 1),
    organisation_name       varchar(200) not null,
    smtp_domains            text[]       not null default '{}',
    source_version          varchar(16)  not null,
    method                  varchar(16)  not null,
    directory_sync          boolean      not null,
    single_sign_on          boolean      not null,
    migration_admin_account varchar(256) not null default '',
    updated_at              timestamptz  not null,
    updated_by              varchar(64)  not null,
    version                 bigint       not null default 0,
    constraint migration_project_source_known check (source_version in ('EXCHANGE_2003', 'EXCHANGE_2007', 'EXCHANGE_2010', 'EXCHANGE_2013', 'EXCHANGE_2016', 'OTHER')),
    constraint migration_project_method_known check (method in ('CUTOVER', 'STAGED', 'HYBRID', 'IMAP'))
);

insert into migration_project (organisation_name, source_version, method, directory_sync, single_sign_on, updated_at, updated_by)
values ('', 'EXCHANGE_2007', 'STAGED', true, false, now(), 'system');
