-- The registry of child care programs and providers, shared by practicum placements and every service tier.

create table provider (
    id            bigint       not null auto_increment,
    name          varchar(200) not null,
    kind          varchar(32)  not null,
    county_fips   char(5)      not null,
    city          varchar(100) null,
    license_number varchar(40) null,
    contact_name  varchar(200) null,
    contact_phone varchar(40)  null,
    contact_email varchar(254) null,
    active        boolean      default true not null,
    version       bigint       default 0 not null,
    primary key (id),
    constraint fk_provider_county foreign key (county_fips) references county (fips)
);

create index ix_provider_name on provider (name);
create index ix_provider_county_kind on provider (county_fips, kind);

create table provider_language (
    provider_id bigint     not null,
    language    varchar(8) not null,
    primary key (provider_id, language),
    constraint fk_provider_language_provider foreign key (provider_id) references provider (id) on delete cascade
);
