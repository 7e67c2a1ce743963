-- Threat assessments (docs/assessments.md). The document (title and ordered sections, each with its text per language
-- and an optional figure query) is one JSON document: it is always read and written whole. At publication the
-- figures are computed once and stored beside it (figures, with the document version they belong to), so the
-- published document never changes under its readers. Owner and restriction columns have the names that
-- access.AccessRules.sqlCondition expects.

create table assessment (
    id                   uuid primary key,
    owner_agency         varchar(16)  not null references agency (code),
    author_id            varchar(128) not null,
    author_name          varchar(200) not null,
    status               varchar(12)  not null,
    version              integer      not null,
    document             text         not null,
    restriction_kind     varchar(8)   not null,
    restriction_agencies varchar(400) not null,
    handling_code        varchar(4)   not null,
    created_at           timestamp with time zone not null,
    updated_at           timestamp with time zone not null,
    submitted_at         timestamp with time zone,
    reviewer_id          varchar(128),
    reviewer_name        varchar(200),
    review_note          varchar(2000),
    published_at         timestamp with time zone,
    figures              text,
    figures_version      integer
);
create index assessment_owner_idx on assessment (owner_agency, updated_at);
create index assessment_published_idx on assessment (status, published_at);
