-- The mailbox user's preferred language (Exchange's Languages, its first value's language part): the languages the
-- tracker speaks, or none.
alter table mailbox add column preferred_language varchar(2) not null default '';
alter table mailbox add constraint mailbox_preferred_language_known
    check (preferred_language in ('', 'da', 'sv', 'fr', 'nl', 'en'));
