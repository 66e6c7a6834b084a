-- A password an admin set (or the generated one of the initial admin, printed in the log) is known to someone other
-- than its user: they choose their own at their next sign-in (docs/adr/0034).
alter table tracker_user add column password_change_required boolean not null default false;
