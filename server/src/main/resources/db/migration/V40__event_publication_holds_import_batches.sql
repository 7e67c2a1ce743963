-- An import publishes one records.RecordsImported event per batch (up to 1,000 records) that carries the records, so
-- that screening indexes them without reading each one back. Serialised, such an event is far longer than the 4,000
-- characters of Spring Modulith's H2 schema for the event publication registry (PostgreSQL's uses text already).
-- The table is created here when Modulith's schema initialisation has not run yet (the same columns; Modulith then
-- adds its indexes), and its event column is widened when it has: VARCHAR without a length is the longest on H2 and
-- unbounded on PostgreSQL.
CREATE TABLE IF NOT EXISTS event_publication
(
    id                     UUID NOT NULL,
    completion_date        TIMESTAMP WITH TIME ZONE,
    event_type             VARCHAR(512) NOT NULL,
    listener_id            VARCHAR(512) NOT NULL,
    publication_date       TIMESTAMP WITH TIME ZONE NOT NULL,
    serialized_event       VARCHAR NOT NULL,
    status                 VARCHAR(20),
    completion_attempts    INT,
    last_resubmission_date TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (id)
);

ALTER TABLE event_publication ALTER COLUMN serialized_event SET DATA TYPE VARCHAR;
