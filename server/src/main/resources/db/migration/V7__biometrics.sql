-- Fingerprints enrolled on person records, and the matches that searches and cross-searches find.
-- Prints fall under their person record's owner and restriction; images are kept so templates can be re-extracted
-- when the matcher is upgraded (template_format names the version that made the template).

create table fingerprint (
    id              uuid primary key,
    person_id       uuid         not null references record (id),
    position_code   integer      not null,
    capture_source  varchar(60)  not null,
    image_format    varchar(8)   not null,
    image           bytea        not null,
    dpi             integer      not null,
    template        bytea        not null,
    template_format varchar(40)  not null,
    enrolled_at     timestamp with time zone not null,
    enrolled_by     varchar(128) not null
);
create index fingerprint_person_idx on fingerprint (person_id);

create table fingerprint_match (
    id                  uuid primary key,
    probe_kind          varchar(16)  not null,
    probe_person_id     uuid,
    probe_image         bytea,
    probe_format        varchar(8),
    probe_position      integer      not null,
    candidate_person_id uuid         not null references record (id),
    candidate_print_id  uuid,
    score               double precision not null,
    outcome             varchar(16)  not null,
    status              varchar(16)  not null,
    searching_agency    varchar(16)  not null,
    purpose             varchar(500),
    created_at          timestamp with time zone not null,
    created_by          varchar(128) not null,
    decided_at          timestamp with time zone,
    decided_by          varchar(128),
    decision_note       varchar(1000)
);
create index fingerprint_match_candidate_idx on fingerprint_match (candidate_person_id, status);
create index fingerprint_match_status_idx on fingerprint_match (status, created_at);
