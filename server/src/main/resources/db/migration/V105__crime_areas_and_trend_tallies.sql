-- Crime areas (issue 15): which areas a notice, record, operation or message bears, one row per area.
-- Ids are those of org.tangier.crimeareas.CrimeArea (INTERPOL crime areas, EMPACT priorities mapped onto them).
create table crime_area_tag (
    carrier     varchar(12) not null,
    carrier_id  uuid        not null,
    area        varchar(40) not null,
    primary key (carrier, carrier_id, area)
);

-- The trends rollup: checks and hits counted per day, viewing agency, checkpoint, country, route and crime areas,
-- maintained on write, so that a dashboard sums a few thousand rows instead of scanning millions of checks.
-- A hit is counted once for each agency that may see it (its record's owner and the checking agency); a check once,
-- for the checking agency. Absent values are '' so that they take part in the primary key.
-- areas: the hit's crime areas as a sorted comma list ('' for none; checks bear none).
create table trend_tally (
    tally_day   date         not null,
    agency      varchar(16)  not null,
    measure     varchar(8)   not null,
    checkpoint  varchar(40)  not null,
    country     varchar(3)   not null,
    route       varchar(16)  not null,
    areas       varchar(400) not null,
    n           bigint       not null,
    primary key (agency, measure, tally_day, checkpoint, country, route, areas)
);

-- Notices published and messages sent, with who may see them (owner and restriction, as AccessRules.sqlCondition
-- reads them), so that the dashboard counts them under the access rules. A message's restriction is ONLY its
-- recipients, owned by its sender.
create table trend_item (
    kind                 varchar(12)  not null,
    id                   uuid         not null,
    happened_at          timestamp with time zone not null,
    owner_agency         varchar(16)  not null,
    restriction_kind     varchar(8)   not null,
    restriction_agencies varchar(4000) not null,
    primary key (kind, id)
);
create index trend_item_at on trend_item (kind, happened_at);

-- Early warnings found by the scheduled evaluation, for one agency's view: what rose, and why (observed, expected,
-- the test and its p-value). One per agency, dimension, key and day of evaluation.
create table early_warning (
    id          uuid primary key,
    agency      varchar(16)  not null,
    dimension   varchar(12)  not null,
    warning_key varchar(400) not null,
    observed    bigint       not null,
    expected    double precision not null,
    p_value     double precision not null,
    test_text   varchar(400) not null,
    raised_on   date         not null,
    raised_at   timestamp with time zone not null,
    seen_at     timestamp with time zone,
    unique (agency, dimension, warning_key, raised_on)
);
create index early_warning_agency on early_warning (agency, raised_at);
