-- What the method advisor needs besides the source version: the number of mailboxes expected before any inventory
-- import, and whether on-premises and cloud mailboxes must coexist for months (then only hybrid fits).
alter table migration_project
    add column expected_mailboxes integer,
    add column long_coexistence boolean not null default false,
    add constraint migration_project_expected_mailboxes_range
        check (expected_mailboxes is null or expected_mailboxes between 0 and 1000000);
