-- A node starting from its screening snapshot reads only the notices changed since the snapshot was written
-- (NoticeStore.forEachChangedSince): without this index that is a scan of every notice.
create index notice_updated_idx on notice (updated_at, id);
