-- Secure messaging between agencies and joint operations.
-- Subjects, bodies, attachment names and contents are AES-GCM ciphertexts (bytea), each carrying its key id, so that
-- a key rotation needs no migration. Each message carries the sending platform's HMAC over its canonical content.

create table message (
    id              uuid primary key,
    thread_id       uuid         not null,
    parent_id       uuid,
    sender_agency   varchar(16)  not null references agency (code),
    sender_user     varchar(128) not null,
    sent_at         timestamp with time zone not null,
    priority        varchar(8)   not null,
    handling_code   varchar(4)   not null,
    platform_notice boolean      not null,
    subject_ct      bytea        not null,
    body_ct         bytea        not null,
    signature_key   varchar(32)  not null,
    signature       varchar(100) not null
);
create index message_thread_idx on message (thread_id);
create index message_sender_idx on message (sender_agency, sent_at);

create table message_recipient (
    message_id   uuid        not null references message (id),
    agency       varchar(16) not null references agency (code),
    delivered_at timestamp with time zone,
    read_at      timestamp with time zone,
    read_by      varchar(128),
    primary key (message_id, agency)
);
create index message_recipient_agency_idx on message_recipient (agency);

create table message_link (
    message_id uuid        not null references message (id),
    kind       varchar(16) not null,
    target_id  uuid        not null,
    primary key (message_id, kind, target_id)
);

create table message_attachment (
    id           uuid primary key,
    message_id   uuid        not null references message (id),
    position     integer     not null,
    content_type varchar(40) not null,
    size_bytes   bigint      not null,
    name_ct      bytea       not null,
    content_ct   bytea       not null
);
create index message_attachment_message_idx on message_attachment (message_id);

create table operation (
    id          uuid primary key,
    name        varchar(200)  not null,
    objective   varchar(4000) not null,
    lead_agency varchar(16)   not null references agency (code),
    status      varchar(16)   not null,
    starts_on   date,
    ends_on     date,
    created_at  timestamp with time zone not null,
    created_by  varchar(128)  not null
);
create index operation_lead_idx on operation (lead_agency);

create table operation_participant (
    operation_id uuid        not null references operation (id),
    agency       varchar(16) not null references agency (code),
    state        varchar(16) not null,
    invited_at   timestamp with time zone not null,
    answered_at  timestamp with time zone,
    primary key (operation_id, agency)
);
create index operation_participant_agency_idx on operation_participant (agency, state);

create table operation_task (
    id           uuid primary key,
    operation_id uuid          not null references operation (id),
    title        varchar(400)  not null,
    assignee     varchar(16)   not null references agency (code),
    due_on       date,
    status       varchar(16)   not null,
    created_at   timestamp with time zone not null,
    created_by   varchar(128)  not null,
    updated_at   timestamp with time zone not null
);
create index operation_task_operation_idx on operation_task (operation_id);

-- Everything linked to an operation, in order. visible_to: null = every participant, else ",FR,ES," (e.g. a message
-- only its sender and recipients may see); linked records are further checked against their owner's restriction.
create table operation_timeline (
    id           uuid primary key,
    operation_id uuid          not null references operation (id),
    at           timestamp with time zone not null,
    kind         varchar(16)   not null,
    target_id    uuid,
    second_id    uuid,
    text         varchar(4000),
    agency       varchar(16),
    actor        varchar(128)  not null,
    visible_to   varchar(400)
);
create index operation_timeline_operation_idx on operation_timeline (operation_id, at);

create table operation_watch (
    operation_id uuid         not null references operation (id),
    record_id    uuid         not null,
    added_at     timestamp with time zone not null,
    added_by     varchar(128) not null,
    primary key (operation_id, record_id)
);
create index operation_watch_record_idx on operation_watch (record_id);

-- Webhooks per agency: events POSTed to the agency's national systems, signed with HMAC-SHA256, retried with backoff.
-- A delivery row is written in the transaction of the event that causes it, so none is lost (at least once).
create table webhook (
    id          uuid primary key,
    agency      varchar(16)   not null references agency (code),
    url         varchar(1000) not null,
    secret      varchar(100)  not null,
    events      varchar(200)  not null,
    active      boolean       not null,
    created_at  timestamp with time zone not null,
    created_by  varchar(128)  not null
);
create index webhook_agency_idx on webhook (agency);

create table webhook_delivery (
    id              uuid primary key,
    webhook_id      uuid          not null references webhook (id),
    event_type      varchar(64)   not null,
    payload         text          not null,
    status          varchar(16)   not null,
    attempts        integer       not null,
    next_attempt_at timestamp with time zone,
    last_status     integer,
    last_error      varchar(400),
    created_at      timestamp with time zone not null,
    delivered_at    timestamp with time zone
);
create index webhook_delivery_due_idx on webhook_delivery (status, next_attempt_at);
create index webhook_delivery_webhook_idx on webhook_delivery (webhook_id, created_at);
