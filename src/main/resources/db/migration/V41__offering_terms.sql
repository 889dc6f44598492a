-- Open-Door sessions and Community of Support series become public offerings that providers register for without an
-- account (issue 15 part 1). Each gets the terms of its offering: how many seats (null: not open for registration),
-- whether it meets online or in person, and the meeting link mailed to those holding a seat. An Open-Door session also
-- gets its start (UTC, like every stored time) and length; a series already has them in its sessions.
alter table open_door_session add column starts_at datetime(3) null;
alter table open_door_session add column duration_minutes int null;
alter table open_door_session add column capacity int null;
alter table open_door_session add column format varchar(16) null;
alter table open_door_session add column meeting_link varchar(500) null;

alter table support_series add column capacity int null;
alter table support_series add column format varchar(16) null;
alter table support_series add column meeting_link varchar(500) null;
