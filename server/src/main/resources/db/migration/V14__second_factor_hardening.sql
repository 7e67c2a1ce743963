-- Issue 13: a one-time code is accepted once (the last time step used is kept, so every node refuses a replay),
-- an authenticator enrolled through the API waits here until a code from it is confirmed, and seeds are stored
-- encrypted (AES-GCM, longer than the 32 base-32 characters of a plain seed).
alter table user_account add column totp_last_step bigint;
alter table user_account add column totp_pending_secret varchar(200);
alter table user_account alter column totp_secret set data type varchar(200);
