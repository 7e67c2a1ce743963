-- Agencies, users, API clients, access tokens, and the hash-chained audit log.
-- Portable SQL: runs unchanged on H2 (embedded default) and PostgreSQL (production).

create table agency (
    code        varchar(16)  primary key,
    name        varchar(200) not null,
    kind        varchar(32)  not null,
    active      boolean      not null,
    created_at  timestamp with time zone not null
);

create table user_account (
    id                  uuid primary key,
    agency_code         varchar(16)  not null references agency (code),
    username            varchar(64)  not null,
    password_hash       varchar(200) not null,
    roles               varchar(400) not null,
    enabled             boolean      not null,
    failed_logins       integer      not null,
    locked_until        timestamp with time zone,
    totp_secret         varchar(64),
    totp_enrolled       boolean      not null,
    created_at          timestamp with time zone not null,
    password_changed_at timestamp with time zone not null,
    constraint user_account_username_unique unique (username)
);
create index user_account_agency_idx on user_account (agency_code);

create table api_client (
    id          uuid primary key,
    agency_code varchar(16)  not null references agency (code),
    name        varchar(100) not null,
    roles       varchar(400) not null,
    secret_hash varchar(64)  not null,
    created_at  timestamp with time zone not null,
    created_by  varchar(64)  not null,
    revoked_at  timestamp with time zone,
    constraint api_client_secret_unique unique (secret_hash)
);
create index api_client_agency_idx on api_client (agency_code);

create table access_token (
    token_hash  varchar(64) primary key,
    user_id     uuid not null references user_account (id),
    created_at  timestamp with time zone not null,
    expires_at  timestamp with time zone not null,
    revoked_at  timestamp with time zone
);
create index access_token_user_idx on access_token (user_id);

create table audit_entry (
    seq            bigint primary key,
    at             timestamp with time zone not null,
    actor_kind     varchar(16)  not null,
    actor_id       varchar(64),
    actor_name     varchar(128),
    agency_code    varchar(16),
    action         varchar(64)  not null,
    object_type    varchar(64),
    object_id      varchar(128),
    purpose        varchar(500),
    outcome        varchar(16)  not null,
    source_address varchar(64),
    detail         varchar(2000),
    previous_hash  varchar(64)  not null,
    hash           varchar(64)  not null
);
create index audit_entry_actor_idx on audit_entry (actor_name);
create index audit_entry_agency_idx on audit_entry (agency_code);
create index audit_entry_object_idx on audit_entry (object_type, object_id);
create index audit_entry_at_idx on audit_entry (at);

-- The head of the chain, locked by each append so that several nodes on one database append in turn.
create table audit_chain_head (
    id        integer primary key,
    last_seq  bigint      not null,
    last_hash varchar(64) not null
);
insert into audit_chain_head (id, last_seq, last_hash)
values (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
