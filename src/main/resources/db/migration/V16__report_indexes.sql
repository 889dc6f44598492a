-- Reports: the impact figures aggregate each service's records over a range of dates. These indexes hold every
-- column a figure reads, so the database answers from the index alone instead of reading each row.

create index ix_helpline_call_report on helpline_call (received_at, caller_key, duration_minutes, consultation_recommended);
create index ix_consultation_assignment_report on consultation_assignment (start_on, children_benefiting, staff_influenced, worthwhile);
create index ix_enrollment_enrolled on enrollment (enrolled_on, trainee_id);
create index ix_enrollment_ended on enrollment (status, ended_on);
