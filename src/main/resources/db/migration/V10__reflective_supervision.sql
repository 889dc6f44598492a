-- Reflective supervision: sessions of a cohort run by a faculty supervisor, the trainees invited with their
-- attendance, and confidential notes.

-- starts_at is UTC like every stored time; it is typed and shown in Pacific time.
create table supervision_session (
    id               bigint       not null auto_increment,
    cohort_id        bigint       not null,
    kind             varchar(16)  not null,
    supervisor_id    bigint       not null,
    starts_at        datetime(3)  not null,
    duration_minutes int          not null,
    topic            varchar(200) null,
    version          bigint       default 0 not null,
    primary key (id),
    constraint fk_supervision_session_cohort foreign key (cohort_id) references cohort (id),
    constraint fk_supervision_session_supervisor foreign key (supervisor_id) references account (id)
);

create index ix_supervision_session_cohort on supervision_session (cohort_id, starts_at);
create index ix_supervision_session_supervisor on supervision_session (supervisor_id, starts_at);

-- attendance stays null until the supervisor takes it.
create table supervision_invitation (
    id         bigint      not null auto_increment,
    session_id bigint      not null,
    trainee_id bigint      not null,
    attendance varchar(16) null,
    version    bigint      default 0 not null,
    primary key (id),
    constraint uq_supervision_invitation unique (session_id, trainee_id),
    constraint fk_supervision_invitation_session foreign key (session_id) references supervision_session (id) on delete cascade,
    constraint fk_supervision_invitation_trainee foreign key (trainee_id) references account (id)
);

create index ix_supervision_invitation_trainee on supervision_invitation (trainee_id);

-- Confidential notes live apart from the session so that no list of sessions ever reads their text.
create table supervision_note (
    id         bigint      not null auto_increment,
    session_id bigint      not null,
    author_id  bigint      not null,
    written_at datetime(3) not null,
    body       text        not null,
    version    bigint      default 0 not null,
    primary key (id),
    constraint fk_supervision_note_session foreign key (session_id) references supervision_session (id) on delete cascade,
    constraint fk_supervision_note_author foreign key (author_id) references account (id)
);

create index ix_supervision_note_session on supervision_note (session_id, written_at);
