-- The helpline's referral directory: the places staff send callers to (name, kind, counties served, languages,
-- topics, contact), and which of them each call referred to. A resource is deactivated rather than deleted once a
-- call refers to it, so the referral counts of past years stay whole; the foreign key from the call's referrals
-- keeps such a resource from being deleted. A resource serving no county in particular serves the whole state.

create table referral_resource (
    id      bigint       not null auto_increment,
    name    varchar(200) not null,
    kind    varchar(24)  not null,
    contact varchar(500) not null,
    active  boolean      default true not null,
    version bigint       default 0 not null,
    primary key (id)
);

create index ix_referral_resource_name on referral_resource (active, name);

create table referral_resource_county (
    resource_id bigint  not null,
    county_fips char(5) not null,
    primary key (resource_id, county_fips),
    constraint fk_referral_resource_county_resource foreign key (resource_id) references referral_resource (id) on delete cascade,
    constraint fk_referral_resource_county_county foreign key (county_fips) references county (fips)
);

create index ix_referral_resource_county_county on referral_resource_county (county_fips, resource_id);

create table referral_resource_language (
    resource_id bigint     not null,
    language    varchar(8) not null,
    primary key (resource_id, language),
    constraint fk_referral_resource_language_resource foreign key (resource_id) references referral_resource (id) on delete cascade
);

create table referral_resource_topic (
    resource_id bigint not null,
    topic_id    bigint not null,
    primary key (resource_id, topic_id),
    constraint fk_referral_resource_topic_resource foreign key (resource_id) references referral_resource (id) on delete cascade,
    constraint fk_referral_resource_topic_topic foreign key (topic_id) references helpline_topic (id)
);

create index ix_referral_resource_topic_topic on referral_resource_topic (topic_id, resource_id);

-- Restrict, not cascade, on the resource: a referred resource cannot disappear from the calls that name it.
create table helpline_call_referral (
    call_id     bigint not null,
    resource_id bigint not null,
    primary key (call_id, resource_id),
    constraint fk_helpline_call_referral_call foreign key (call_id) references helpline_call (id) on delete cascade,
    constraint fk_helpline_call_referral_resource foreign key (resource_id) references referral_resource (id)
);

create index ix_helpline_call_referral_resource on helpline_call_referral (resource_id, call_id);
