-- What each rubric level means ("observes the child's cues and names them to the provider"), shown to the grader
-- beside the level and edited on the assignment form. Optional: rubrics written before it keep their titles only.
alter table rubric_level add column description varchar(1000) null;
