-- Indicator sightings: a hit raised on an indicator record (a phone, e-mail, IP, domain or wallet checked by an
-- agency) is a sighting its owner sees and exports back to STIX and MISP. Not the hits part's "sightings" (repeated
-- checks of one traveller folded into one hit): one row per hit raised on an indicator.
create table indicator_sighting (
    id              uuid primary key,
    hit_id          uuid         not null unique,
    record_id       uuid         not null,
    owner_agency    varchar(16)  not null,
    checking_agency varchar(16)  not null,
    sighted_at      timestamp with time zone not null
);
create index indicator_sighting_record_idx on indicator_sighting (record_id, sighted_at);
create index indicator_sighting_owner_idx on indicator_sighting (owner_agency, sighted_at);
