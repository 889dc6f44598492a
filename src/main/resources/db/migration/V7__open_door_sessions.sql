-- Universal tier: monthly virtual Community Open-Door drop-in sessions and the providers who attended.

create table open_door_session (
    id             bigint       not null auto_increment,
    held_on        date         not null,
    title          varchar(200) not null,
    language       varchar(8)   not null,
    facilitator_id bigint       not null,
    version        bigint       default 0 not null,
    primary key (id),
    constraint fk_open_door_session_facilitator foreign key (facilitator_id) references account (id)
);

create index ix_open_door_session_held on open_door_session (held_on);
create index ix_open_door_session_facilitator on open_door_session (facilitator_id, held_on);

create table open_door_attendance (
    id                bigint        not null auto_increment,
    session_id        bigint        not null,
    provider_id       bigint        not null,
    worthwhile        boolean       null,
    comments          varchar(2000) null,
    consent_to_quote  boolean       default false not null,
    quotable          boolean       default false not null,
    version           bigint        default 0 not null,
    primary key (id),
    constraint uq_open_door_attendance unique (session_id, provider_id),
    constraint fk_open_door_attendance_session foreign key (session_id) references open_door_session (id) on delete cascade,
    constraint fk_open_door_attendance_provider foreign key (provider_id) references provider (id)
);

create index ix_open_door_attendance_provider on open_door_attendance (provider_id);
