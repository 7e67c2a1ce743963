-- The jurisdiction (ISO 3166 alpha-2, as a TagPack's `jurisdiction`) a tagged service answers to: where a
-- preservation request for an exchange deposit goes (that country's national bureau).
alter table crypto_tag add column jurisdiction varchar(16);
