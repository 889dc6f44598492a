-- The helpline's work queue and its hand-off to the intensive tier (issue 15 part 3). A call can open follow-ups,
-- each owned by a helpline staff member with a due date, closed with the outcome; a call that recommended
-- consultation can become one consultation request, which an administrator turns into an assignment.

create table helpline_follow_up (
    id          bigint        not null auto_increment,
    call_id     bigint        not null,
    assignee_id bigint        not null,
    due_on      date          not null,
    status      varchar(8)    not null,
    note        varchar(1000) null,
    outcome     varchar(2000) null,
    closed_on   date          null,
    version     bigint        default 0 not null,
    primary key (id),
    constraint fk_helpline_follow_up_call foreign key (call_id) references helpline_call (id) on delete cascade,
    constraint fk_helpline_follow_up_assignee foreign key (assignee_id) references account (id)
);

-- The queue's usual questions: what is open and due, and what is open and mine.
create index ix_helpline_follow_up_status on helpline_follow_up (status, due_on);
create index ix_helpline_follow_up_assignee on helpline_follow_up (assignee_id, status, due_on);

create table consultation_request (
    id            bigint        not null auto_increment,
    call_id       bigint        not null,
    provider_id   bigint        null,
    provider_name varchar(200)  null,
    county_fips   char(5)       not null,
    needs         varchar(2000) not null,
    requested_on  date          not null,
    assignment_id bigint        null,
    version       bigint        default 0 not null,
    primary key (id),
    constraint uq_consultation_request_call unique (call_id),
    constraint uq_consultation_request_assignment unique (assignment_id),
    constraint fk_consultation_request_call foreign key (call_id) references helpline_call (id) on delete cascade,
    constraint fk_consultation_request_provider foreign key (provider_id) references provider (id),
    constraint fk_consultation_request_county foreign key (county_fips) references county (fips),
    constraint fk_consultation_request_assignment foreign key (assignment_id) references consultation_assignment (id)
);

create index ix_consultation_request_waiting on consultation_request (assignment_id, requested_on);
