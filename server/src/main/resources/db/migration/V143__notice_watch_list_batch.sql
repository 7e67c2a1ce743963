-- The watch-list import that drafted a notice, so that the owner's reviewer can approve the whole list in one step
-- (each notice is still published on its own, with its own checks, history and audit entry).
alter table notice add column watch_list_batch uuid;
create index notice_watch_list_batch_idx on notice (watch_list_batch);
