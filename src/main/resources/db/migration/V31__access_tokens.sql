-- Access tokens for the JSON API (issue 16): a person's own, or a service account's made by an administrator, sent
-- as "Authorization: Bearer". Only the SHA-256 of the 256-bit token is stored (a copy of the database opens
-- nothing, and one indexed lookup verifies a call in microseconds, where a password costs a PBKDF2). scopes holds
-- codes such as "program:read hours:write" separated by spaces. A revoked token is deleted (the audit log keeps that
-- it was); last_used_at is written at most once a minute per token, not at every call.
create table access_token (
    id           bigint       not null auto_increment,
    account_id   bigint       not null,
    name         varchar(100) not null,
    scopes       varchar(200) not null,
    token_hash   char(64)     not null,
    created_at   datetime(3)  not null,
    expires_on   date         not null,
    last_used_at datetime(3)  null,
    version      bigint       default 0 not null,
    primary key (id),
    constraint uq_access_token_hash unique (token_hash),
    constraint fk_access_token_account foreign key (account_id) references account (id) on delete cascade
);

create index ix_access_token_account on access_token (account_id, created_at);
