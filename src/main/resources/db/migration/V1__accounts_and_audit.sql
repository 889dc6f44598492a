-- Accounts, their roles, and the audit log. Written in the SQL that MySQL/MariaDB and H2 (MySQL mode) share.

create table account (
    id                       bigint       not null auto_increment,
    email                    varchar(254) not null,
    first_name               varchar(100) not null,
    last_name                varchar(100) not null,
    password_hash            varchar(255) not null,
    preferred_language       varchar(8)   default 'en' not null,
    active                   boolean      default true not null,
    failed_attempts          int          default 0 not null,
    locked_until             datetime(3)  null,
    password_change_required boolean      default false not null,
    created_at               datetime(3)  not null,
    version                  bigint       default 0 not null,
    primary key (id),
    constraint uq_account_email unique (email)
);

create index ix_account_last_name on account (last_name, first_name);

create table account_role (
    account_id bigint      not null,
    role       varchar(32) not null,
    primary key (account_id, role),
    constraint fk_account_role_account foreign key (account_id) references account (id) on delete cascade
);

create table audit_entry (
    id          bigint        not null auto_increment,
    occurred_at datetime(3)   not null,
    actor       varchar(254)  not null,
    action      varchar(16)   not null,
    entity_type varchar(64)   not null,
    entity_id   varchar(64)   not null,
    summary     varchar(1000) null,
    primary key (id)
);

create index ix_audit_entry_occurred on audit_entry (occurred_at);
create index ix_audit_entry_entity on audit_entry (entity_type, entity_id);
create index ix_audit_entry_actor on audit_entry (actor);
