-- Reaching people inside the application: announcements shown on the home page (and optionally mailed) until their
-- reader dismisses them or they expire, and discussion forums of each cohort, course and Community of Practice series.
-- Posts are plain text, escaped when shown; the sizes are AnnouncementLimits and ForumLimits. A forum has no row of
-- its own: it is its place (kind and the id of the cohort, course or series), so a new cohort has its forum at once;
-- cohort_id is kept on each thread because every forum's members are found through its cohort.

create table announcement (
    id           bigint        not null auto_increment,
    audience     varchar(16)   not null,
    cohort_id    bigint        null,
    role         varchar(32)   null,
    course_id    bigint        null,
    title_en     varchar(200)  null,
    body_en      varchar(4000) null,
    title_es     varchar(200)  null,
    body_es      varchar(4000) null,
    author_id    bigint        not null,
    published_at datetime(3)   not null,
    expires_on   date          not null,
    emailed      boolean       default false not null,
    version      bigint        default 0 not null,
    primary key (id),
    constraint fk_announcement_cohort foreign key (cohort_id) references cohort (id) on delete cascade,
    constraint fk_announcement_course foreign key (course_id) references course (id) on delete cascade,
    constraint fk_announcement_author foreign key (author_id) references account (id)
);

create index ix_announcement_expires on announcement (expires_on, published_at);
create index ix_announcement_author on announcement (author_id, published_at);

create table announcement_dismissal (
    id              bigint      not null auto_increment,
    announcement_id bigint      not null,
    account_id      bigint      not null,
    dismissed_at    datetime(3) not null,
    primary key (id),
    constraint uq_announcement_dismissal unique (announcement_id, account_id),
    constraint fk_announcement_dismissal_announcement foreign key (announcement_id) references announcement (id)
        on delete cascade,
    constraint fk_announcement_dismissal_account foreign key (account_id) references account (id) on delete cascade
);

create table forum_thread (
    id            bigint       not null auto_increment,
    kind          varchar(16)  not null,
    place_id      bigint       not null,
    cohort_id     bigint       not null,
    title         varchar(200) not null,
    author_id     bigint       not null,
    started_at    datetime(3)  not null,
    last_post_at  datetime(3)  not null,
    post_count    int          not null,
    version       bigint       default 0 not null,
    primary key (id),
    constraint fk_forum_thread_cohort foreign key (cohort_id) references cohort (id) on delete cascade,
    constraint fk_forum_thread_author foreign key (author_id) references account (id)
);

create index ix_forum_thread_place on forum_thread (kind, place_id, last_post_at);

create table forum_post (
    id            bigint        not null auto_increment,
    thread_id     bigint        not null,
    author_id     bigint        not null,
    body          varchar(5000) not null,
    posted_at     datetime(3)   not null,
    edited_at     datetime(3)   null,
    hidden_at     datetime(3)   null,
    hidden_by_id  bigint        null,
    hidden_reason varchar(500)  null,
    attachment_id bigint        null,
    version       bigint        default 0 not null,
    primary key (id),
    constraint fk_forum_post_thread foreign key (thread_id) references forum_thread (id) on delete cascade,
    constraint fk_forum_post_author foreign key (author_id) references account (id),
    constraint fk_forum_post_hidden_by foreign key (hidden_by_id) references account (id),
    constraint fk_forum_post_attachment foreign key (attachment_id) references stored_file (id)
);

create index ix_forum_post_thread on forum_post (thread_id, posted_at);
create index ix_forum_post_attachment on forum_post (attachment_id);

-- A subscription names either a thread or a whole forum (kind and place_id).
create table forum_subscription (
    id         bigint      not null auto_increment,
    account_id bigint      not null,
    thread_id  bigint      null,
    kind       varchar(16) null,
    place_id   bigint      null,
    primary key (id),
    constraint fk_forum_subscription_account foreign key (account_id) references account (id) on delete cascade,
    constraint fk_forum_subscription_thread foreign key (thread_id) references forum_thread (id) on delete cascade
);

create index ix_forum_subscription_thread on forum_subscription (thread_id, account_id);
create index ix_forum_subscription_place on forum_subscription (kind, place_id, account_id);
create index ix_forum_subscription_account on forum_subscription (account_id);

-- When a person last read a thread: it is unread while a post came after.
create table forum_reading (
    id         bigint      not null auto_increment,
    account_id bigint      not null,
    thread_id  bigint      not null,
    read_at    datetime(3) not null,
    primary key (id),
    constraint uq_forum_reading unique (account_id, thread_id),
    constraint fk_forum_reading_account foreign key (account_id) references account (id) on delete cascade,
    constraint fk_forum_reading_thread foreign key (thread_id) references forum_thread (id) on delete cascade
);
