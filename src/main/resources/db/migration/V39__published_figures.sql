-- "By the numbers" pages an administrator publishes for a range of fiscal years (issue 18): shown to everyone without
-- signing in at /numbers/figures.xhtml?range=<slug>. The figures are a snapshot taken at publication, small cells
-- already marked, as a JSON object of figure name to shown value: the public page then runs no report query however
-- often it is opened, and shows exactly what the administrator saw and chose to publish, not whatever later records
-- or a later threshold would make of it. Publishing the same range again replaces the snapshot; unpublishing deletes
-- the row (the audit log keeps that it was published and by whom).
create table published_figures (
    id              bigint        not null auto_increment,
    slug            varchar(30)   not null,
    from_year       varchar(9)    not null,
    to_year         varchar(9)    not null,
    figures         varchar(4000) not null,
    published_by_id bigint        not null,
    published_at    datetime(3)   not null,
    version         bigint        default 0 not null,
    primary key (id),
    constraint uq_published_figures_slug unique (slug),
    constraint fk_published_figures_by foreign key (published_by_id) references account (id)
);
