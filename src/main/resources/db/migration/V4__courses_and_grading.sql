-- Courses of a cohort with modules and materials, assignments with rubrics, trainees' submissions and their grades,
-- and the uploaded files they refer to. Written in the SQL that MySQL/MariaDB and H2 (MySQL mode) share.

create table stored_file (
    id            bigint       not null auto_increment,
    storage_name  varchar(64)  not null,
    original_name varchar(255) not null,
    content_type  varchar(100) not null,
    size_bytes    bigint       not null,
    uploaded_at   datetime(3)  not null,
    uploaded_by   varchar(254) not null,
    version       bigint       default 0 not null,
    primary key (id),
    constraint uq_stored_file_storage_name unique (storage_name)
);

create table course (
    id              bigint        not null auto_increment,
    cohort_id       bigint        not null,
    title           varchar(200)  not null,
    description     text          null,
    faculty_id      bigint        null,
    start_date      date          null,
    end_date        date          null,
    required        boolean       default true not null,
    passing_percent int           default 70 not null,
    version         bigint        default 0 not null,
    primary key (id),
    constraint fk_course_cohort foreign key (cohort_id) references cohort (id),
    constraint fk_course_faculty foreign key (faculty_id) references account (id)
);

create index ix_course_cohort on course (cohort_id, title);
create index ix_course_faculty on course (faculty_id);

create table course_module (
    id        bigint       not null auto_increment,
    course_id bigint       not null,
    sort_order int          not null,
    title     varchar(200) not null,
    version   bigint       default 0 not null,
    primary key (id),
    constraint fk_course_module_course foreign key (course_id) references course (id) on delete cascade
);

create index ix_course_module_course on course_module (course_id, sort_order);

create table course_material (
    id        bigint        not null auto_increment,
    module_id bigint        not null,
    sort_order int           not null,
    title     varchar(200)  not null,
    url       varchar(2000) null,
    file_id   bigint        null,
    version   bigint        default 0 not null,
    primary key (id),
    constraint fk_course_material_module foreign key (module_id) references course_module (id) on delete cascade,
    constraint fk_course_material_file foreign key (file_id) references stored_file (id)
);

create index ix_course_material_module on course_material (module_id, sort_order);

create table assignment (
    id           bigint        not null auto_increment,
    course_id    bigint        not null,
    title        varchar(200)  not null,
    instructions text          null,
    due_at       datetime(3)   not null,
    grading      varchar(32)   not null,
    max_points   int           not null,
    version      bigint        default 0 not null,
    primary key (id),
    constraint fk_assignment_course foreign key (course_id) references course (id) on delete cascade
);

create index ix_assignment_course_due on assignment (course_id, due_at);

create table rubric_criterion (
    id            bigint       not null auto_increment,
    assignment_id bigint       not null,
    sort_order int          not null,
    title         varchar(200) not null,
    version       bigint       default 0 not null,
    primary key (id),
    constraint fk_rubric_criterion_assignment foreign key (assignment_id) references assignment (id) on delete cascade
);

create index ix_rubric_criterion_assignment on rubric_criterion (assignment_id, sort_order);

create table rubric_level (
    id           bigint       not null auto_increment,
    criterion_id bigint       not null,
    sort_order int          not null,
    title        varchar(200) not null,
    points       int          not null,
    version      bigint       default 0 not null,
    primary key (id),
    constraint fk_rubric_level_criterion foreign key (criterion_id) references rubric_criterion (id) on delete cascade
);

create index ix_rubric_level_criterion on rubric_level (criterion_id, sort_order);

-- One submission per trainee and assignment; its attempts are the history. The grade lives on the submission.
create table submission (
    id                bigint         not null auto_increment,
    assignment_id     bigint         not null,
    trainee_id        bigint         not null,
    status            varchar(16)    not null,
    last_submitted_at datetime(3)    not null,
    late              boolean        default false not null,
    points            decimal(8, 2)  null,
    feedback          text           null,
    graded_at         datetime(3)    null,
    grader_id         bigint         null,
    version           bigint         default 0 not null,
    primary key (id),
    constraint uq_submission_assignment_trainee unique (assignment_id, trainee_id),
    constraint fk_submission_assignment foreign key (assignment_id) references assignment (id) on delete cascade,
    constraint fk_submission_trainee foreign key (trainee_id) references account (id),
    constraint fk_submission_grader foreign key (grader_id) references account (id)
);

-- The grading queue reads waiting submissions oldest first; the trainee's pages read their own.
create index ix_submission_queue on submission (status, last_submitted_at);
create index ix_submission_trainee on submission (trainee_id, status);

create table submission_attempt (
    id            bigint         not null auto_increment,
    submission_id bigint         not null,
    attempt_number int            not null,
    body          text           null,
    submitted_at  datetime(3)    not null,
    late          boolean        default false not null,
    version       bigint         default 0 not null,
    primary key (id),
    constraint uq_submission_attempt_number unique (submission_id, attempt_number),
    constraint fk_submission_attempt_submission foreign key (submission_id) references submission (id) on delete cascade
);

create table submission_attempt_file (
    attempt_id bigint not null,
    file_id    bigint not null,
    primary key (attempt_id, file_id),
    constraint fk_attempt_file_attempt foreign key (attempt_id) references submission_attempt (id) on delete cascade,
    constraint fk_attempt_file_file foreign key (file_id) references stored_file (id)
);

create table submission_rubric_choice (
    submission_id bigint not null,
    criterion_id  bigint not null,
    level_id      bigint not null,
    primary key (submission_id, criterion_id),
    constraint fk_rubric_choice_submission foreign key (submission_id) references submission (id) on delete cascade,
    constraint fk_rubric_choice_criterion foreign key (criterion_id) references rubric_criterion (id) on delete cascade,
    constraint fk_rubric_choice_level foreign key (level_id) references rubric_level (id)
);
