-- A supervisor or an administrator cancels a supervision session that has not taken place. The session is kept, so
-- that its invitees' notifications and any notes still point at it, but it counts nowhere any more; who cancelled it
-- and when stay on it. Null for every existing session: none was cancelled before.
alter table supervision_session add column cancelled_at datetime(3) null;
alter table supervision_session add column cancelled_by_id bigint null;
alter table supervision_session add constraint fk_supervision_session_cancelled_by
    foreign key (cancelled_by_id) references account (id);
