-- Completion certificates: one per completed enrollment, with a random code anyone may verify on the public page,
-- and the figures the certificate was issued with (they stay as issued when requirements or records change later).

create table completion_certificate (
    id                bigint        not null auto_increment,
    enrollment_id     bigint        not null,
    code              varchar(16)   not null,
    issued_at         datetime(3)   not null,
    issued_by         varchar(254)  not null,
    supervision_hours decimal(7, 2) not null,
    cop_meetings      int           not null,
    practicum_hours   decimal(7, 2) not null,
    courses_passed    int           not null,
    final_evaluation  boolean       not null,
    version           bigint        default 0 not null,
    primary key (id),
    constraint uq_completion_certificate_enrollment unique (enrollment_id),
    constraint uq_completion_certificate_code unique (code),
    constraint fk_completion_certificate_enrollment foreign key (enrollment_id) references enrollment (id)
);
