-- The helpdesk finds a user while typing: trigram search over name, addresses and alias, accents ignored
-- (Søren finds Soren). unaccent() is only STABLE, so an IMMUTABLE wrapper with a fixed dictionary feeds the index.
create extension if not exists pg_trgm;
create extension if not exists unaccent;

create or replace function tracker_fold(value text) returns text
    language sql immutable parallel safe strict
as $$ select lower(public.unaccent('public.unaccent'::regdictionary, value)) $$;

alter table mailbox add column search_text text not null default '';

create or replace function mailbox_search_text() returns trigger
    language plpgsql
as $$
begin
    new.search_text := tracker_fold(new.display_name || ' ' || new.primary_address || ' ' || new.alias || ' '
        || array_to_string(new.proxy_addresses, ' '));
    return new;
end
$$;

create trigger mailbox_search_text
    before insert or update of display_name, primary_address, alias, proxy_addresses on mailbox
    for each row execute function mailbox_search_text();

update mailbox set search_text = tracker_fold(display_name || ' ' || primary_address || ' ' || alias || ' '
    || array_to_string(proxy_addresses, ' '));

create index mailbox_search_trgm_idx on mailbox using gin (search_text gin_trgm_ops);
