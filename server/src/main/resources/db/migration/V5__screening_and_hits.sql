-- Screening (batch jobs over passenger manifests) and hits (the workflow after a check found a wanted record).
-- Single checks are not stored here: the audit log holds each with its purpose; a HIT becomes a row of hit.

create table screening_batch (
    id            uuid primary key,
    agency_code   varchar(16)  not null,
    created_by    varchar(128) not null,
    created_at    timestamp with time zone not null,
    purpose       varchar(200) not null,
    file_name     varchar(200),
    location_code varchar(40),
    status        varchar(12)  not null,
    total_rows    integer      not null,
    done_rows     integer      not null,
    hit_rows      integer      not null,
    possible_rows integer      not null,
    finished_at   timestamp with time zone,
    failure       varchar(400)
);
create index screening_batch_agency_idx on screening_batch (agency_code, created_at);

-- One row per manifest row, as the checking agency may see it (fields the owners refuse are never written here).
create table screening_batch_row (
    batch_id    uuid         not null references screening_batch (id),
    row_number  integer      not null,
    reference   varchar(100),
    query       varchar(400) not null,
    outcome     varchar(8)   not null,
    best_score  double precision,
    match_count integer      not null,
    matches     text         not null,
    primary key (batch_id, row_number)
);

create table hit (
    id                  uuid primary key,
    raised_at           timestamp with time zone not null,
    record_id           uuid         not null,
    record_type         varchar(24)  not null,
    record_caption      varchar(400),
    checker_caption     varchar(400),
    owner_agency        varchar(16)  not null,
    notice_id           uuid,
    notice_type         varchar(8),
    instruction         varchar(16)  not null,
    score               double precision not null,
    matched_on          varchar(40)  not null,
    query_summary       varchar(1000) not null,
    purpose             varchar(200) not null,
    location_code       varchar(40),
    location_country    varchar(3),
    checking_agency     varchar(16)  not null,
    checking_user       varchar(128) not null,
    priority            varchar(8)   not null,
    status              varchar(16)  not null,
    acknowledge_by      timestamp with time zone not null,
    acknowledged_at     timestamp with time zone,
    acknowledged_by     varchar(128),
    decided_at          timestamp with time zone,
    action_taken_at     timestamp with time zone,
    notified_at         timestamp with time zone,
    version             integer      not null
);
create index hit_owner_idx on hit (owner_agency, status, raised_at);
create index hit_checker_idx on hit (checking_agency, raised_at);

create table hit_note (
    id          uuid primary key,
    hit_id      uuid         not null references hit (id),
    written_at  timestamp with time zone not null,
    written_by  varchar(128) not null,
    agency_code varchar(16)  not null,
    status_from varchar(16),
    status_to   varchar(16),
    note        varchar(2000)
);
create index hit_note_hit_idx on hit_note (hit_id, written_at);

-- Delivery of a hit to its owner's inbox: written by the HitRaised listener, once per hit.
create table hit_notification (
    hit_id       uuid primary key references hit (id),
    agency_code  varchar(16) not null,
    delivered_at timestamp with time zone not null
);
