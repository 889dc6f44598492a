-- Quotes an administrator features on the impact page (issue 15 part 5). A quote is a participant's comment given
-- with consent to quote, kept by its service: an Open-Door attendance, a support enrollment or a consultation
-- assignment. Exactly one of the three columns names it, each a foreign key that cascades, so that when the answer's
-- record is deleted (a provider taken off a session or series, a session, series or assignment deleted) the feature
-- goes with it and the services' own tables are untouched. The row holds no words of the quote, only which answer
-- and who featured it when.
create table featured_quote (
    id                         bigint      not null auto_increment,
    open_door_attendance_id    bigint      null,
    support_enrollment_id      bigint      null,
    consultation_assignment_id bigint      null,
    featured_by_id             bigint      not null,
    featured_at                datetime(3) not null,
    version                    bigint      default 0 not null,
    primary key (id),
    constraint uq_featured_quote_open_door unique (open_door_attendance_id),
    constraint uq_featured_quote_support unique (support_enrollment_id),
    constraint uq_featured_quote_consultation unique (consultation_assignment_id),
    constraint ck_featured_quote_one_answer check (
        (case when open_door_attendance_id is null then 0 else 1 end)
        + (case when support_enrollment_id is null then 0 else 1 end)
        + (case when consultation_assignment_id is null then 0 else 1 end) = 1),
    constraint fk_featured_quote_open_door foreign key (open_door_attendance_id)
        references open_door_attendance (id) on delete cascade,
    constraint fk_featured_quote_support foreign key (support_enrollment_id)
        references support_enrollment (id) on delete cascade,
    constraint fk_featured_quote_consultation foreign key (consultation_assignment_id)
        references consultation_assignment (id) on delete cascade,
    constraint fk_featured_quote_by foreign key (featured_by_id) references account (id)
);
