-- Training program: Community of Practice series of a cohort, their meetings and each trainee's attendance.

create table practice_series (
    id             bigint       not null auto_increment,
    cohort_id      bigint       not null,
    title          varchar(200) not null,
    facilitator_id bigint       not null,
    version        bigint       default 0 not null,
    primary key (id),
    constraint fk_practice_series_cohort foreign key (cohort_id) references cohort (id),
    constraint fk_practice_series_facilitator foreign key (facilitator_id) references account (id)
);

create index ix_practice_series_cohort on practice_series (cohort_id);
create index ix_practice_series_facilitator on practice_series (facilitator_id);

-- starts_at is UTC like every stored time; it is typed and shown as California wall-clock time.
create table practice_meeting (
    id               bigint       not null auto_increment,
    series_id        bigint       not null,
    starts_at        datetime(3)  not null,
    duration_minutes int          not null,
    topic            varchar(200) null,
    link             varchar(500) null,
    version          bigint       default 0 not null,
    primary key (id),
    constraint fk_practice_meeting_series foreign key (series_id) references practice_series (id) on delete cascade
);

create index ix_practice_meeting_series on practice_meeting (series_id, starts_at);
create index ix_practice_meeting_starts on practice_meeting (starts_at);

-- No row means attendance not yet taken for that trainee.
create table practice_attendance (
    id         bigint      not null auto_increment,
    meeting_id bigint      not null,
    trainee_id bigint      not null,
    status     varchar(16) not null,
    version    bigint      default 0 not null,
    primary key (id),
    constraint uq_practice_attendance unique (meeting_id, trainee_id),
    constraint fk_practice_attendance_meeting foreign key (meeting_id) references practice_meeting (id) on delete cascade,
    constraint fk_practice_attendance_trainee foreign key (trainee_id) references account (id)
);

create index ix_practice_attendance_trainee on practice_attendance (trainee_id);
