-- In-app notifications with per-kind delivery preferences (issue 14 part 3): an event for a person (work graded, a
-- session moved, an assignment due) is kept as a message key and its arguments so that it is rendered in the
-- reader's language when read, and mailed at once, gathered into a daily digest or only shown in-app, as the person
-- chose for that kind. The unsubscribe link of a mail is signed with the person's own secret, so it works without
-- signing in and cannot be made for another person or another kind.
create table notification (
    id            bigint        auto_increment primary key,
    account_id    bigint        not null,
    kind          varchar(32)   not null,
    message_key   varchar(100)  not null,
    arguments     varchar(4000) not null,
    link_path     varchar(500)  null,
    created_at    datetime(3)   not null,
    read_at       datetime(3)   null,
    digest_due    boolean       default false not null,
    constraint fk_notification_account foreign key (account_id) references account (id) on delete cascade
);

-- The bell counts a person's unread ones on every page and the list pages a person's newest first; the digest
-- looks for the ones still to be gathered.
create index notification_unread on notification (account_id, read_at);
create index notification_newest on notification (account_id, created_at);
create index notification_digest on notification (digest_due, account_id);

create table notification_preference (
    account_id bigint      not null,
    kind       varchar(32) not null,
    delivery   varchar(16) not null,
    primary key (account_id, kind),
    constraint fk_notification_preference_account foreign key (account_id) references account (id) on delete cascade
);

create table notification_secret (
    account_id bigint      not null primary key,
    secret     varchar(64) not null,
    constraint fk_notification_secret_account foreign key (account_id) references account (id) on delete cascade
);
