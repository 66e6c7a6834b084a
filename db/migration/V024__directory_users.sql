-- Where a tracker user's password is checked: LOCAL (the tracker's hash) or DIRECTORY (Active Directory, docs/adr/0032).
-- A directory user's row is their shadow: made and updated at each sign-in, with a password hash no encoder accepts.
alter table tracker_user add column source varchar(16) not null default 'LOCAL'
    constraint tracker_user_source_known check (source in ('LOCAL', 'DIRECTORY'));
