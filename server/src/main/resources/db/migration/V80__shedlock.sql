-- Run-once jobs in a cluster (docs/cluster.md): ShedLock's lock per job name, on the shared database.
create table shedlock (
    name       varchar(64)  not null primary key,
    lock_until timestamp    not null,
    locked_at  timestamp    not null,
    locked_by  varchar(255) not null
);
