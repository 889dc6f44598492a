-- A course can have several faculty (co-teachers): everyone who teaches it, the lead faculty member included, so that
-- every rule about "the course's faculty" asks one table. The lead stays on course.faculty_id for display.
create table course_teacher (
    course_id  bigint not null,
    account_id bigint not null,
    primary key (course_id, account_id),
    constraint fk_course_teacher_course foreign key (course_id) references course (id) on delete cascade,
    constraint fk_course_teacher_account foreign key (account_id) references account (id)
);

insert into course_teacher (course_id, account_id) select id, faculty_id from course where faculty_id is not null;
