-- Screening nodes that start from an index snapshot catch up on the records changed since it was written.
create index record_updated_idx on record (updated_at);
