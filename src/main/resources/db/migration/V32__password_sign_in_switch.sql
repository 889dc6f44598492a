-- Single sign-on (OpenID Connect) lets a person sign in with their organisation's identity provider; for those who
-- should use nothing else, an administrator switches password sign-in off on their account (the form and HTTP Basic
-- then refuse their password, and "forgot your password?" sends them nothing). On for every existing account.
alter table account add column password_sign_in boolean default true not null;
