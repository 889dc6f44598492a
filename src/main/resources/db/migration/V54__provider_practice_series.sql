-- Communities of Practice for providers (issue 15 part 2) run as Community of Support series do: a small group of
-- providers, one facilitator, monthly sessions, enrollments, attendance and a final survey. Rather than a second set of
-- tables that would repeat all of that, a series says which of the two it is, and the reports count each kind apart.
-- Every series before this one is a Community of Support.
alter table support_series add column kind varchar(24) default 'COMMUNITY_OF_SUPPORT' not null;
