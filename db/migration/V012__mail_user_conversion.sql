-- Converting migrated mailboxes to mail users (staged, seed 002 task 8).
--
-- The inventory's X500 addresses: the old LegacyExchangeDN values that replies to old mail and Outlook's cached
-- recipients need. They are not SMTP addresses, so they stay out of proxy_addresses (lookups and the search text),
-- and are kept as Exchange writes them, with the prefix "X500:", one per element.
alter table mailbox add column x500_addresses text[] not null default '{}';
alter table mailbox add constraint mailbox_x500_prefixed
    check (array_position(x500_addresses, null) is null
           and array_to_string(x500_addresses, E'\n') ~ '^(X500:[^\n]+(\n|$))*$');

-- The tenant's routing domain (e.g. contoso.mail.onmicrosoft.com): a converted mail user's mail goes there.
alter table migration_project add column routing_domain varchar(253) not null default '';
alter table migration_project add constraint migration_project_routing_domain_shape
    check (routing_domain = '' or (routing_domain = lower(routing_domain) and routing_domain like '%_.onmicrosoft.com'));
