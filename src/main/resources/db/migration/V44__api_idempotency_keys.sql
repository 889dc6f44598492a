-- Idempotency-Key of the JSON API (issue 16): a create or an import sent again with the same key by the same caller
-- within 24 hours is answered with the first answer instead of being done twice. request_hash is the SHA-256 of the
-- method, address and body, so that the same key with another request is told apart; status is null while the
-- first request is still being answered. Rows older than 24 hours are deleted as new keys arrive.
create table api_idempotency_key (
    id              bigint        not null auto_increment,
    caller          varchar(254)  not null,
    idempotency_key varchar(255)  not null,
    request_hash    char(64)      not null,
    status          int           null,
    content_type    varchar(255)  null,
    location        varchar(2000) null,
    body            mediumblob    null,
    created_at      datetime(3)   not null,
    primary key (id),
    constraint uq_api_idempotency_key unique (caller, idempotency_key)
);

create index ix_api_idempotency_key_created on api_idempotency_key (created_at);
