-- Repeated checks of one traveller against one record within the repeat window are one hit with several sightings.
create table hit_sighting (
    id               uuid primary key,
    hit_id           uuid          not null references hit (id),
    seen_at          timestamp with time zone not null,
    location_code    varchar(40),
    location_country varchar(3),
    checking_user    varchar(128)  not null,
    query_summary    varchar(1000) not null,
    purpose          varchar(200)  not null
);
create index hit_sighting_hit on hit_sighting (hit_id, seen_at);
create index hit_repeat on hit (record_id, checking_agency, raised_at);

-- The checkpoint each checker last worked at, offered again on the check page.
create table checker_checkpoint (
    agency_code   varchar(16)  not null,
    username      varchar(128) not null,
    checkpoint    varchar(40)  not null,
    updated_at    timestamp with time zone not null,
    primary key (agency_code, username)
);

-- A match shown in full to a checker: the match sheet (photo, identifiers, notice) opens only for a match the
-- agency's check found, and "verified: make it a hit" raises exactly the POSSIBLE that was answered.
create table check_match (
    check_id         uuid          not null,
    record_id        uuid          not null,
    outcome          varchar(8)    not null,
    checking_agency  varchar(16)   not null,
    checking_user    varchar(128)  not null,
    answered_at      timestamp with time zone not null,
    score            double precision not null,
    matched_on       varchar(40)   not null,
    query_summary    varchar(1000) not null,
    purpose          varchar(200)  not null,
    location_code    varchar(40),
    location_country varchar(3),
    hit_id           uuid,
    primary key (check_id, record_id)
);
create index check_match_answered on check_match (answered_at);
