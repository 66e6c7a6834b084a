-- The columns a tracker user hid in a grid (the mailbox grid's column chooser), remembered across sessions.
create table tracker_user_grid_columns (
    user_id bigint      not null references tracker_user (id) on delete cascade,
    grid    varchar(40) not null,
    hidden  text[]      not null default '{}',
    primary key (user_id, grid),
    constraint tracker_user_grid_columns_grid_format check (grid ~ '^[a-z][a-z0-9-]{0,39}$')
);
