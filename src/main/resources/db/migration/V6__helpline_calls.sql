-- Universal tier: calls to the Network's helpline. No child is identified; a caller key only links repeat callers.

create table helpline_topic (
    id       bigint       not null auto_increment,
    code     varchar(40)  not null,
    name_en  varchar(100) not null,
    name_es  varchar(100) not null,
    active   boolean      default true not null,
    position int          default 0 not null,
    version  bigint       default 0 not null,
    primary key (id),
    constraint uq_helpline_topic_code unique (code)
);

insert into helpline_topic (code, name_en, name_es, position) values
    ('CHALLENGING_BEHAVIOR', 'Challenging behavior', 'Conducta desafiante', 1),
    ('SEPARATION', 'Separation', 'Separación', 2),
    ('BITING', 'Biting', 'Mordidas', 3),
    ('TOILETING', 'Toileting', 'Uso del baño', 4),
    ('SLEEP', 'Sleep', 'Sueño', 5),
    ('STAFF_WELLNESS', 'Staff wellness', 'Bienestar del personal', 6),
    ('FAMILY_COMMUNICATION', 'Family communication', 'Comunicación con las familias', 7),
    ('TRAUMA', 'Trauma', 'Trauma', 8),
    ('DEVELOPMENT_CONCERNS', 'Development concerns', 'Inquietudes sobre el desarrollo', 9),
    ('OTHER', 'Other', 'Otro', 10);

create table helpline_call (
    id                       bigint        not null auto_increment,
    received_at              datetime(3)   not null,
    duration_minutes         int           not null,
    caller_role              varchar(16)   not null,
    caller_key               varchar(100)  null,
    provider_id              bigint        null,
    county_fips              char(5)       not null,
    language                 varchar(8)    not null,
    consultation_recommended boolean       default false not null,
    referrals                varchar(1000) null,
    follow_up_needed         boolean       default false not null,
    outside_hours            boolean       default false not null,
    version                  bigint        default 0 not null,
    primary key (id),
    constraint fk_helpline_call_provider foreign key (provider_id) references provider (id),
    constraint fk_helpline_call_county foreign key (county_fips) references county (fips)
);

create index ix_helpline_call_received on helpline_call (received_at);
create index ix_helpline_call_county on helpline_call (county_fips, received_at);
create index ix_helpline_call_caller on helpline_call (caller_key);

create table helpline_call_topic (
    call_id  bigint not null,
    topic_id bigint not null,
    primary key (call_id, topic_id),
    constraint fk_helpline_call_topic_call foreign key (call_id) references helpline_call (id) on delete cascade,
    constraint fk_helpline_call_topic_topic foreign key (topic_id) references helpline_topic (id)
);

create index ix_helpline_call_topic_topic on helpline_call_topic (topic_id, call_id);
