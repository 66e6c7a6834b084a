-- The helpdesk mostly types the start of a name ("anders jen"): with 100,000 mailboxes and 80 people searching, the
-- nearest-first trigram search took 100 ms a query and most of PostgreSQL's time (docs/adr/0044). Names that start
-- with the query are the first results anyway; a b-tree in pattern order finds them by a range scan, and the
-- trigram search only runs when they are fewer than the results shown (a typo, a surname, an alias).
create index mailbox_search_prefix_idx on mailbox (search_text text_pattern_ops);
