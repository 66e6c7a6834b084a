-- Nearest-first search: a GiST trigram index can hand out the closest rows by word-similarity distance (<<->)
-- without ranking every candidate, which keeps the helpdesk's search fast at 100,000 mailboxes.
drop index if exists mailbox_search_trgm_idx;
create index mailbox_search_trgm_gist_idx on mailbox using gist (search_text gist_trgm_ops);
