-- Intensive tier: a consultant assigned to a child care program or provider, the activities of the consultation,
-- and the provider's satisfaction survey at closing. Children are only ever counted, never named.

create table consultation_assignment (
    id                  bigint        not null auto_increment,
    consultant_id       bigint        not null,
    provider_id         bigint        not null,
    level               varchar(16)   not null,
    modality            varchar(16)   not null,
    start_on            date          not null,
    end_on              date          null,
    status              varchar(8)    not null,
    children_benefiting int           default 0 not null,
    staff_influenced    int           default 0 not null,
    action_plan         varchar(4000) null,
    worthwhile          boolean       null,
    survey_comments     varchar(2000) null,
    consent_to_quote    boolean       default false not null,
    quotable            boolean       default false not null,
    version             bigint        default 0 not null,
    primary key (id),
    constraint fk_consultation_assignment_consultant foreign key (consultant_id) references account (id),
    constraint fk_consultation_assignment_provider foreign key (provider_id) references provider (id)
);

create index ix_consultation_assignment_consultant on consultation_assignment (consultant_id, start_on);
create index ix_consultation_assignment_provider on consultation_assignment (provider_id);
create index ix_consultation_assignment_status on consultation_assignment (status, start_on);

create table consultation_activity (
    id            bigint        not null auto_increment,
    assignment_id bigint        not null,
    held_on       date          not null,
    minutes       int           not null,
    kind          varchar(32)   not null,
    note          varchar(2000) null,
    version       bigint        default 0 not null,
    primary key (id),
    constraint fk_consultation_activity_assignment foreign key (assignment_id) references consultation_assignment (id) on delete cascade
);

create index ix_consultation_activity_assignment on consultation_activity (assignment_id, held_on);
