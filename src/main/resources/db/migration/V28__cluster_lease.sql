-- Scheduled work that runs once per cluster (issue 14): every instance runs the same schedules (outbox sending,
-- reminders, digests), and the one that takes a job's lease does the work until the lease expires. A row per job,
-- made on first use; an expired lease is free for any instance.
create table cluster_lease (
    name       varchar(100) primary key,
    holder     varchar(200) not null,
    expires_at datetime(3)  not null
);
