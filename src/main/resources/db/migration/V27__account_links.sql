-- Single-use links that let a person choose a password without anyone telling it to them: the invitation sent when
-- an administrator creates an account, enrols a new person or imports a roster (valid 7 days), and the link of
-- "forgot your password?" (valid 1 hour). Only the SHA-256 of the token is stored, so that a copy of the database
-- opens no account. mail_id is the outbox mail that carried the link (its state tells a failed invitation); no
-- foreign key, because the outbox may forget mails it sent long ago.
create table account_link (
    id          bigint      not null auto_increment,
    account_id  bigint      not null,
    purpose     varchar(16) not null,
    token_hash  char(64)    not null,
    created_at  datetime(3) not null,
    expires_at  datetime(3) not null,
    used_at     datetime(3) null,
    mail_id     bigint      null,
    version     bigint      default 0 not null,
    primary key (id),
    constraint uq_account_link_token unique (token_hash),
    constraint fk_account_link_account foreign key (account_id) references account (id) on delete cascade
);

create index ix_account_link_account on account_link (account_id, purpose, created_at);
