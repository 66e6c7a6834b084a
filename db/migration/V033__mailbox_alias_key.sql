-- A status import resolves only the identities its file names (MailboxDirectory): by primary address, proxy address,
-- display name and alias, one index each, combined in a bitmap OR. The alias had no index of its own (docs/adr/0046).
create index mailbox_alias_key_idx on mailbox (lower(alias));
