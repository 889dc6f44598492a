-- Cohorts of the Consultant Training Program, their faculty, enrollments and the trainees' self-reported profile.

create table cohort (
    id                          bigint        not null auto_increment,
    name                        varchar(100)  not null,
    start_date                  date          not null,
    end_date                    date          not null,
    language                    varchar(16)   not null,
    capacity                    int           not null,
    status                      varchar(16)   default 'PLANNED' not null,
    required_supervision_hours  decimal(6, 2) default 0 not null,
    required_cop_meetings       int           default 0 not null,
    required_practicum_hours    decimal(6, 2) default 0 not null,
    final_evaluation_required   boolean       default true not null,
    version                     bigint        default 0 not null,
    primary key (id),
    constraint uq_cohort_name unique (name)
);

create table cohort_faculty (
    cohort_id  bigint not null,
    account_id bigint not null,
    primary key (cohort_id, account_id),
    constraint fk_cohort_faculty_cohort foreign key (cohort_id) references cohort (id) on delete cascade,
    constraint fk_cohort_faculty_account foreign key (account_id) references account (id)
);

create table enrollment (
    id                bigint       not null auto_increment,
    cohort_id         bigint       not null,
    trainee_id        bigint       not null,
    status            varchar(16)  not null,
    applied_on        date         not null,
    enrolled_on       date         null,
    withdrawn_on      date         null,
    withdrawal_reason varchar(500) null,
    ended_on          date         null,
    version           bigint       default 0 not null,
    -- The trainee while the enrollment is active (applied or enrolled), null otherwise: its unique key with the
    -- cohort makes "one active enrollment per trainee per cohort" hold even for two administrators at once.
    active_trainee_id bigint generated always as (case when status in ('APPLIED', 'ENROLLED') then trainee_id end),
    primary key (id),
    constraint uq_enrollment_active unique (cohort_id, active_trainee_id),
    constraint fk_enrollment_cohort foreign key (cohort_id) references cohort (id),
    constraint fk_enrollment_trainee foreign key (trainee_id) references account (id)
);

create index ix_enrollment_cohort_status on enrollment (cohort_id, status);
create index ix_enrollment_trainee on enrollment (trainee_id);

create table trainee_profile (
    id             bigint       not null auto_increment,
    account_id     bigint       not null,
    race_ethnicity varchar(32)  null,
    language       varchar(32)  null,
    county_fips    char(5)      null,
    agency         varchar(200) null,
    discipline     varchar(200) null,
    version        bigint       default 0 not null,
    primary key (id),
    constraint uq_trainee_profile_account unique (account_id),
    constraint fk_trainee_profile_account foreign key (account_id) references account (id),
    constraint fk_trainee_profile_county foreign key (county_fips) references county (fips)
);

create index ix_trainee_profile_demographics on trainee_profile (race_ethnicity, language);
