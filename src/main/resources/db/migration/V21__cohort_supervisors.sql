-- Who supervises whom: reflective-supervision hours of a cohort are credited only by its faculty (the cohort's own
-- and its courses') and by the supervisors an administrator assigned to it, listed here. One row per assignment,
-- so that each one given or taken back is its own entry in the audit log.

create table cohort_supervisor (
    id            bigint not null auto_increment,
    cohort_id     bigint not null,
    supervisor_id bigint not null,
    version       bigint default 0 not null,
    primary key (id),
    constraint uq_cohort_supervisor unique (cohort_id, supervisor_id),
    constraint fk_cohort_supervisor_cohort foreign key (cohort_id) references cohort (id) on delete cascade,
    constraint fk_cohort_supervisor_account foreign key (supervisor_id) references account (id)
);

create index ix_cohort_supervisor_supervisor on cohort_supervisor (supervisor_id);
