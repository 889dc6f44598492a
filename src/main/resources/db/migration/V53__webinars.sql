-- Topical webinars (issue 15 part 2): a one-time online talk on a topic, led by a consultant or an administrator,
-- offered on the public registration pages like an Open-Door session (capacity null: not open), with a recording link
-- set once it has started. Registrants are offering registrations, not providers of the registry, so attendance names
-- the registration and keeps the participant's own answer to "was it worthwhile?" (they are mailed a survey link).
create table webinar (
    id               bigint       not null auto_increment,
    title            varchar(200) not null,
    topic            varchar(200) not null,
    language         varchar(8)   not null,
    facilitator_id   bigint       not null,
    starts_at        datetime(3)  not null,
    duration_minutes int          not null,
    capacity         int          null,
    format           varchar(16)  null,
    meeting_link     varchar(500) null,
    recording_link   varchar(500) null,
    version          bigint       default 0 not null,
    primary key (id),
    constraint fk_webinar_facilitator foreign key (facilitator_id) references account (id)
);

create index ix_webinar_starts on webinar (starts_at);
create index ix_webinar_facilitator on webinar (facilitator_id, starts_at);

create table webinar_attendance (
    id               bigint        not null auto_increment,
    webinar_id       bigint        not null,
    registration_id  bigint        not null,
    worthwhile       boolean       null,
    comments         varchar(2000) null,
    consent_to_quote boolean       default false not null,
    quotable         boolean       default false not null,
    answered_by      varchar(16)   null,
    version          bigint        default 0 not null,
    primary key (id),
    constraint uq_webinar_attendance unique (registration_id),
    constraint fk_webinar_attendance_webinar foreign key (webinar_id) references webinar (id) on delete cascade,
    constraint fk_webinar_attendance_registration foreign key (registration_id) references offering_registration (id) on delete cascade
);

create index ix_webinar_attendance_webinar on webinar_attendance (webinar_id);
