-- The shared databases: persons, travel documents, vehicles, firearms, indicators.
-- A record's type-specific fields are one JSON document (data); what is searched or filtered has its own column
-- or a row in record_key, so every query can carry the access rules' condition on owner and restriction.

create table record (
    id                   uuid primary key,
    type                 varchar(24)  not null,
    owner_agency         varchar(16)  not null references agency (code),
    restriction_kind     varchar(8)   not null,
    restriction_agencies varchar(400) not null,
    status               varchar(16)  not null,
    external_id          varchar(200),
    caption              varchar(400) not null,
    caption_folded       varchar(400) not null,
    review_by            date         not null,
    version              integer      not null,
    data                 text         not null,
    created_at           timestamp with time zone not null,
    created_by           varchar(128) not null,
    updated_at           timestamp with time zone not null,
    updated_by           varchar(128) not null,
    constraint record_external_unique unique (owner_agency, external_id)
);
create index record_listing_idx on record (type, status, owner_agency);
create index record_review_idx on record (review_by);
create index record_caption_idx on record (caption_folded);

-- Exact lookup keys: DOC:<country>:<number>, VIN:<vin>, PLATE:<country>:<plate>, SERIAL:<make>:<serial>, IND:<kind>:<value>
create table record_key (
    record_id uuid         not null references record (id),
    key_value varchar(300) not null
);
create index record_key_value_idx on record_key (key_value);
create index record_key_record_idx on record_key (record_id);

create table record_version (
    record_id  uuid         not null references record (id),
    version    integer      not null,
    changed_at timestamp with time zone not null,
    changed_by varchar(128) not null,
    change     varchar(200) not null,
    data       text         not null,
    primary key (record_id, version)
);

create table record_link (
    id         uuid primary key,
    from_id    uuid        not null references record (id),
    to_id      uuid        not null references record (id),
    relation   varchar(40) not null,
    created_at timestamp with time zone not null,
    created_by varchar(128) not null
);
create index record_link_from_idx on record_link (from_id);
create index record_link_to_idx on record_link (to_id);

create table record_photo (
    record_id    uuid primary key references record (id),
    content_type varchar(40) not null,
    bytes        bytea       not null,
    uploaded_at  timestamp with time zone not null
);
