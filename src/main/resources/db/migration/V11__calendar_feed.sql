-- A person's iCalendar feed: calendar programs cannot sign in, so the address carries a random secret that the
-- person can replace to revoke the old address.
create table calendar_feed (
    id         bigint      not null auto_increment,
    account_id bigint      not null,
    token      varchar(64) not null,
    created_at datetime(3) not null,
    version    bigint      default 0 not null,
    primary key (id),
    constraint uq_calendar_feed_account unique (account_id),
    constraint uq_calendar_feed_token unique (token),
    constraint fk_calendar_feed_account foreign key (account_id) references account (id) on delete cascade
);
