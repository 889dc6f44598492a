-- Registrants name their program as they like (issue 15 part 1). A program the registry does not know enters it
-- unconfirmed, when the registrant confirms their address, so that staff see every registrant against the registry
-- and either confirm the entry or merge it into the program it really is. Every program entered before is confirmed.
alter table provider add column confirmed boolean default true not null;

create index ix_provider_confirmed on provider (confirmed);
