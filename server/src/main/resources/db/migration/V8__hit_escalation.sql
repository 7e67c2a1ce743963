-- Hits the coordination centre escalated to their owner after the acknowledgement deadline passed (once each).
create table hit_escalation (
    hit_id       uuid primary key,
    owner_agency varchar(16) not null,
    escalated_at timestamp with time zone not null,
    message_id   uuid
);
