-- Outgoing mail, never lost (issue 14): a feature writes its mail here in the same transaction as the change that
-- causes it, already rendered in the recipient's language, and a background sender delivers it to the SMTP relay
-- after commit. A mail the relay refused stays here with its error and can be sent again; with no relay configured
-- the mails simply stay queued and administrators read them at the outbox page.
create table outbox_mail (
    id              bigint        auto_increment primary key,
    version         bigint        default 0 not null,
    recipient       varchar(254)  not null,
    language        varchar(8)    not null,
    subject         varchar(500)  not null,
    text_body       mediumtext    not null,
    html_body       mediumtext    not null,
    state           varchar(16)   not null,
    attempts        int           default 0 not null,
    next_attempt_at datetime(3)   not null,
    last_error      varchar(1000) null,
    created_at      datetime(3)   not null,
    sent_at         datetime(3)   null
);

-- The sender asks for the queued mails that are due, oldest first; the page lists by state, newest first.
create index outbox_mail_due on outbox_mail (state, next_attempt_at);
create index outbox_mail_created on outbox_mail (created_at);
