-- A provider's registration for a public offering (issue 15 part 1). Providers have no accounts: the registration
-- holds what they typed, and is reached only through links mailed to them. public_id is 128 random bits, so nobody
-- can walk the registrations by their address; the confirm and cancel links are signed with the registration's own
-- secret and a purpose, so neither can be made from the other or for another registration. A registration holds a
-- seat only once its e-mail address is confirmed; past the capacity it waits, in the order of confirmation, and the
-- first waiting moves up when someone holding a seat cancels. The offering is named by its kind and id so that any
-- feature can offer things (Open-Door sessions and support series today).
create table offering_registration (
    id            bigint       not null auto_increment,
    public_id     varchar(32)  not null,
    secret        varchar(64)  not null,
    offering_kind varchar(16)  not null,
    offering_id   bigint       not null,
    name          varchar(200) not null,
    email         varchar(254) not null,
    program       varchar(200) not null,
    provider_id   bigint       null,
    county_fips   char(5)      not null,
    role          varchar(32)  not null,
    language      varchar(8)   not null,
    state         varchar(32)  not null,
    registered_at datetime(3)  not null,
    confirmed_at  datetime(3)  null,
    cancelled_at  datetime(3)  null,
    reminded_at   datetime(3)  null,
    version       bigint       default 0 not null,
    primary key (id),
    constraint uq_offering_registration_public unique (public_id),
    constraint fk_offering_registration_provider foreign key (provider_id) references provider (id) on delete set null,
    constraint fk_offering_registration_county foreign key (county_fips) references county (fips)
);

-- Seats and the waiting list of one offering, in the order of confirmation; one address per offering.
create index ix_offering_registration_offering on offering_registration (offering_kind, offering_id, state, confirmed_at);
create index ix_offering_registration_email on offering_registration (email, offering_kind, offering_id);
