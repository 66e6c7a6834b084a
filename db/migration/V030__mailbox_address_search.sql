-- The grid's text filter on addresses ("contoso.dk", "pilar.pinilla", "@fabrikam.com") matched the primary address
-- and every proxy address row by row: at 100,000 mailboxes with 40 admins searching, one to two seconds a query, and
-- every other screen waited for the database (docs/adr/0043). Every address of a mailbox, lower case, in one text
-- with a trigram index, as the helpdesk's search text has: the filter reads the index, its OR with the search text
-- a bitmap OR of two indexes.
create or replace function mailbox_addresses_of(primary_address text, proxy_addresses text[]) returns text
    language sql immutable parallel safe
as $$ select lower(coalesce(primary_address, '') || ' ' || coalesce(array_to_string(proxy_addresses, ' '), '')) $$;

create index mailbox_addresses_trgm_idx on mailbox using gin (mailbox_addresses_of(primary_address, proxy_addresses) gin_trgm_ops);
