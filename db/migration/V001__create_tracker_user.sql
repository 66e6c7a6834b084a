-- People who sign in to the tracker (not the mailboxes being migrated).
create table tracker_user (
    id            bigint generated always as identity primary key,
    username      varchar(64)  not null,
    display_name  varchar(200) not null,
    password_hash varchar(200) not null,
    enabled       boolean      not null default true,
    created_at    timestamptz  not null,
    updated_at    timestamptz  not null,
    version       bigint       not null default 0,
    constraint tracker_user_username_format check (username ~ '^[a-z0-9][a-z0-9._@-]{1,63}$')
);

create unique index tracker_user_username_key on tracker_user (lower(username));

create table tracker_user_role (
    user_id bigint      not null references tracker_user (id) on delete cascade,
    role    varchar(16) not null,
    primary key (user_id, role),
    constraint tracker_user_role_known check (role in ('ADMIN', 'HELPDESK', 'LEAD'))
);
