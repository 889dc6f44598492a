-- Raised whenever what a signed-in person may do changes (roles, deactivation, anonymisation, a new password, a new
-- email): each request of a page session compares it with the value it signed in with, so that the change reaches
-- open sessions on every instance at their next request.
alter table account add column security_stamp bigint default 0 not null;
