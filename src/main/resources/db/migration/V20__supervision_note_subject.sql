-- A confidential supervision note belongs to its author and the trainee it is about, for ever: whatever later
-- happens to its session (another trainee invited, another supervisor named), only those two read it. The author
-- was stored already; the subject is stored now. A group session's note is about no one trainee and has none.

alter table supervision_note add column subject_id bigint null;
alter table supervision_note add constraint fk_supervision_note_subject foreign key (subject_id) references account (id);
create index ix_supervision_note_subject on supervision_note (subject_id, written_at);
create index ix_supervision_note_author on supervision_note (author_id, written_at);

-- Notes written before this migration keep their author (the supervisor who wrote them) and are about the single
-- trainee their individual session invites, who until now was the one trainee allowed to read them.
update supervision_note set subject_id = (select i.trainee_id from supervision_invitation i
                                          where i.session_id = supervision_note.session_id)
where session_id in (select s.id from supervision_session s where s.kind = 'INDIVIDUAL'
                     and (select count(*) from supervision_invitation c where c.session_id = s.id) = 1);
