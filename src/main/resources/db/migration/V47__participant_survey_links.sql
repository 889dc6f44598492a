-- Surveys answered by the participants themselves (issue 15 part 1). After an Open-Door session, at the end of a
-- Community of Support series and when a consultation assignment closes, each participant with an e-mail address is
-- mailed a single-use link to answer for themselves, without an account. A link names the record whose answer it
-- fills by its kind and id (attendance, enrollment or assignment), so that any service can ask for answers; one link
-- per record. Only the SHA-256 of the token is stored, so that a copy of the database answers nothing. A link
-- expires 30 days after it was sent and is spent by its answer.
create table survey_link (
    id          bigint       not null auto_increment,
    token_hash  char(64)     not null,
    survey_kind varchar(16)  not null,
    record_id   bigint       not null,
    email       varchar(254) not null,
    language    varchar(8)   not null,
    created_at  datetime(3)  not null,
    expires_at  datetime(3)  not null,
    answered_at datetime(3)  null,
    version     bigint       default 0 not null,
    primary key (id),
    constraint uq_survey_link_token unique (token_hash),
    constraint uq_survey_link_record unique (survey_kind, record_id)
);

-- Who gave each answer: the participant through their link, or staff typing it in. The impact figures count the
-- participants' answers only. Answers recorded before there were links were all typed by staff.
alter table open_door_attendance add column answered_by varchar(16) null;
alter table support_enrollment add column answered_by varchar(16) null;
alter table consultation_assignment add column answered_by varchar(16) null;

update open_door_attendance set answered_by = 'STAFF' where worthwhile is not null or comments is not null;
update support_enrollment set answered_by = 'STAFF' where highly_valuable is not null or comments is not null;
update consultation_assignment set answered_by = 'STAFF' where worthwhile is not null or survey_comments is not null;
