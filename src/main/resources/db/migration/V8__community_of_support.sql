-- Targeted tier: Community of Support series (sessions, enrolled providers, attendance and the final survey).

create table support_series (
    id             bigint       not null auto_increment,
    title          varchar(200) not null,
    language       varchar(8)   not null,
    facilitator_id bigint       not null,
    starts_on      date         not null,
    version        bigint       default 0 not null,
    primary key (id),
    constraint fk_support_series_facilitator foreign key (facilitator_id) references account (id)
);

create index ix_support_series_starts on support_series (starts_on);
create index ix_support_series_facilitator on support_series (facilitator_id, starts_on);

-- starts_at is UTC like every stored time; it is typed and shown in Pacific time.
create table support_session (
    id               bigint      not null auto_increment,
    series_id        bigint      not null,
    starts_at        datetime(3) not null,
    duration_minutes int         not null,
    version          bigint      default 0 not null,
    primary key (id),
    constraint fk_support_session_series foreign key (series_id) references support_series (id) on delete cascade
);

create index ix_support_session_series on support_session (series_id, starts_at);

-- One row per enrolled provider; the final survey answers live on it because only the enrolled answer it.
create table support_enrollment (
    id               bigint        not null auto_increment,
    series_id        bigint        not null,
    provider_id      bigint        not null,
    highly_valuable  boolean       null,
    comments         varchar(2000) null,
    consent_to_quote boolean       default false not null,
    quotable         boolean       default false not null,
    version          bigint        default 0 not null,
    primary key (id),
    constraint uq_support_enrollment unique (series_id, provider_id),
    constraint fk_support_enrollment_series foreign key (series_id) references support_series (id) on delete cascade,
    constraint fk_support_enrollment_provider foreign key (provider_id) references provider (id)
);

create index ix_support_enrollment_provider on support_enrollment (provider_id);

create table support_attendance (
    id            bigint not null auto_increment,
    session_id    bigint not null,
    enrollment_id bigint not null,
    version       bigint default 0 not null,
    primary key (id),
    constraint uq_support_attendance unique (session_id, enrollment_id),
    constraint fk_support_attendance_session foreign key (session_id) references support_session (id) on delete cascade,
    constraint fk_support_attendance_enrollment foreign key (enrollment_id) references support_enrollment (id) on delete cascade
);

create index ix_support_attendance_enrollment on support_attendance (enrollment_id);
