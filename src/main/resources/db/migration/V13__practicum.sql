-- Practicum: a trainee's enrollment placed with a child care provider under a mentor, and the trainee's log of
-- practicum time there, which the cohort's faculty approve or return with a comment.

create table practicum_placement (
    id             bigint       not null auto_increment,
    enrollment_id  bigint       not null,
    provider_id    bigint       not null,
    mentor_name    varchar(200) not null,
    mentor_contact varchar(200) null,
    start_on       date         not null,
    end_on         date         not null,
    status         varchar(16)  not null,
    version        bigint       default 0 not null,
    primary key (id),
    constraint fk_practicum_placement_enrollment foreign key (enrollment_id) references enrollment (id),
    constraint fk_practicum_placement_provider foreign key (provider_id) references provider (id)
);

create index ix_practicum_placement_enrollment on practicum_placement (enrollment_id, start_on);
create index ix_practicum_placement_provider on practicum_placement (provider_id);

create table practicum_log_entry (
    id             bigint        not null auto_increment,
    placement_id   bigint        not null,
    -- The placement's trainee, kept on the entry so that the overlap check across all of a trainee's placements
    -- finds the day's entries through one index.
    trainee_id     bigint        not null,
    logged_on      date          not null,
    starts_at      time          not null,
    minutes        int           not null,
    activity       varchar(32)   not null,
    note           varchar(2000) null,
    status         varchar(16)   not null,
    review_comment varchar(2000) null,
    reviewed_by    bigint        null,
    reviewed_at    datetime(3)   null,
    version        bigint        default 0 not null,
    primary key (id),
    constraint fk_practicum_log_entry_placement foreign key (placement_id) references practicum_placement (id),
    constraint fk_practicum_log_entry_trainee foreign key (trainee_id) references account (id),
    constraint fk_practicum_log_entry_reviewer foreign key (reviewed_by) references account (id),
    constraint ck_practicum_log_entry_minutes check (minutes between 1 and 1440)
);

create index ix_practicum_log_entry_trainee_day on practicum_log_entry (trainee_id, logged_on);
create index ix_practicum_log_entry_placement on practicum_log_entry (placement_id, logged_on);
create index ix_practicum_log_entry_status on practicum_log_entry (status, logged_on);
