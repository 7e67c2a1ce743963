-- Notices and diffusions. Owner and restriction columns follow the access rules' convention, so every query can
-- carry AccessRules.sqlCondition. Per-type data (charges, legal basis, place of disappearance...) is one JSON object.

create table notice (
    id                   uuid primary key,
    reference            varchar(40)   not null,
    type                 varchar(8)    not null,
    diffusion            boolean       not null,
    owner_agency         varchar(16)   not null references agency (code),
    restriction_kind     varchar(8)    not null,
    restriction_agencies varchar(400)  not null,
    status               varchar(16)   not null,
    review_pending       boolean       not null,
    instruction          varchar(16)   not null,
    summary              varchar(4000) not null,
    data                 text          not null,
    expires_on           date          not null,
    external_id          varchar(200),
    version              integer       not null,
    created_at           timestamp with time zone not null,
    created_by           varchar(128)  not null,
    updated_at           timestamp with time zone not null,
    updated_by           varchar(128)  not null,
    submitted_by         varchar(128),
    reviewed_at          timestamp with time zone,
    reviewed_by          varchar(128),
    review_reasons       varchar(4000),
    constraint notice_reference_unique unique (reference),
    constraint notice_external_unique unique (owner_agency, external_id)
);
create index notice_listing_idx on notice (status, type, owner_agency);
create index notice_expiry_idx on notice (status, expires_on);

create table notice_subject (
    notice_id uuid    not null references notice (id),
    record_id uuid    not null,
    position  integer not null,
    primary key (notice_id, record_id)
);
create index notice_subject_record_idx on notice_subject (record_id);

-- Every transition with its actor, shown on the notice (the audit log holds the same, chained).
create table notice_history (
    notice_id uuid         not null references notice (id),
    seq       integer      not null,
    at        timestamp with time zone not null,
    actor     varchar(128) not null,
    agency    varchar(16)  not null,
    action    varchar(32)  not null,
    detail    varchar(4000),
    primary key (notice_id, seq)
);

-- Reference numbers: RED-MA-2026-000123, counted per type, agency and year.
create table notice_counter (
    type         varchar(8)  not null,
    owner_agency varchar(16) not null,
    counter_year integer     not null,
    last_value   bigint      not null,
    primary key (type, owner_agency, counter_year)
);
