-- The language a tracker user chose; null follows the browser's language.
alter table tracker_user add column language varchar(8) check (language in ('en', 'da', 'sv', 'fr', 'nl'));
