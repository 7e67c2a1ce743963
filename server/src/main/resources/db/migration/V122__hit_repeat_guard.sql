-- One row per record and checking agency that raised a hit: raising locks it, so two identical checks at the same
-- moment (a double submission, two terminals) are serialised and the second becomes a sighting of the first's hit.
create table hit_repeat_guard (
    record_id uuid not null,
    checking_agency varchar(64) not null,
    primary key (record_id, checking_agency)
);
