-- Faces enrolled on person records, and the 1:N searches an examiner reviews.
-- A face falls under its person record's owner and restriction. The image is kept so that templates can be made again
-- when the model changes (template_model names the model that made the template).

create table face (
    id              uuid primary key,
    person_id       uuid         not null references record (id),
    capture_source  varchar(60)  not null,
    image           bytea        not null,
    template        bytea        not null,
    template_model  varchar(300) not null,
    eye_distance    double precision not null,
    yaw             double precision not null,
    roll            double precision not null,
    sharpness       double precision not null,
    enrolled_at     timestamp with time zone not null,
    enrolled_by     varchar(128) not null
);
create index face_person_idx on face (person_id);

-- A search's candidate list is kept as it was answered, so that the examiner's decision refers to what was shown.
create table face_search (
    id               uuid primary key,
    searching_agency varchar(16)  not null,
    purpose          varchar(500) not null,
    probe_image      bytea        not null,
    created_at       timestamp with time zone not null,
    created_by       varchar(128) not null,
    decision         varchar(24),
    candidate_id     uuid,
    hit_id           uuid,
    decided_at       timestamp with time zone,
    decided_by       varchar(128),
    decision_note    varchar(1000)
);
create index face_search_agency_idx on face_search (searching_agency, created_at);

create table face_candidate (
    id        uuid primary key,
    search_id uuid    not null references face_search (id),
    rank      integer not null,
    person_id uuid    not null references record (id),
    score     double precision not null
);
create index face_candidate_search_idx on face_candidate (search_id, rank);
