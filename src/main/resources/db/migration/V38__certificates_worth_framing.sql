-- Certificates worth framing: the signatories an administrator sets, an optional validity and renewal requirements
-- per cohort, the renewal activities alumni record, and the codes of certificates reissued after a correction (the
-- old code stays known, so whoever checks it is told it was superseded rather than that it never existed).

create table certificate_signatory (
    id         bigint        not null auto_increment,
    line_no    int           not null,
    name       varchar(120)  not null,
    title      varchar(160)  not null,
    version    bigint        default 0 not null,
    primary key (id),
    constraint uq_certificate_signatory_line unique (line_no)
);

create table certificate_renewal_terms (
    id                bigint        not null auto_increment,
    cohort_id         bigint        not null,
    valid_months      int           not null,
    training_hours    decimal(7, 2) not null,
    supervision_hours decimal(7, 2) not null,
    version           bigint        default 0 not null,
    primary key (id),
    constraint uq_certificate_renewal_terms_cohort unique (cohort_id),
    constraint fk_certificate_renewal_terms_cohort foreign key (cohort_id) references cohort (id) on delete cascade
);

alter table completion_certificate add column valid_until date null;
alter table completion_certificate add column renewal_reminded_on date null;

create table certificate_superseded_code (
    id             bigint       not null auto_increment,
    certificate_id bigint       not null,
    code           varchar(16)  not null,
    superseded_at  datetime(3)  not null,
    primary key (id),
    constraint uq_certificate_superseded_code unique (code),
    constraint fk_certificate_superseded_certificate foreign key (certificate_id)
        references completion_certificate (id) on delete cascade
);

create table certificate_renewal_activity (
    id            bigint        not null auto_increment,
    enrollment_id bigint        not null,
    kind          varchar(20)   not null,
    hours         decimal(5, 2) not null,
    done_on       date          not null,
    description   varchar(200)  not null,
    recorded_at   datetime(3)   not null,
    version       bigint        default 0 not null,
    primary key (id),
    constraint fk_certificate_renewal_activity_enrollment foreign key (enrollment_id) references enrollment (id)
        on delete cascade
);
