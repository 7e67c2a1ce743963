-- History entries as a bundle code plus arguments, rendered in the reader's language (issue 14). Rows written
-- before keep their English text in detail / text, and are shown as written.
alter table notice_history add column detail_code varchar(100);
alter table notice_history add column detail_args varchar(4000);
alter table operation_timeline add column text_code varchar(100);
alter table operation_timeline add column text_args varchar(4000);
