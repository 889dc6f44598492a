-- The audit log is append-only in the database itself, not only because the application offers no way to change it.
-- Entries can never be deleted. An update may only replace a person's email by the anonymisation placeholder
-- (platform.audit.AuditErasure, when a withdrawn trainee is anonymised); when, what and which record stay as written.
-- MySQL/MariaDB only (SchemaMigration adds this location for them): the embedded H2 database is for trying the
-- application on one machine, and its triggers are Java classes rather than SQL.

create trigger audit_entry_no_delete before delete on audit_entry for each row
    signal sqlstate '45000' set message_text = 'The audit log is append-only: entries cannot be deleted';

DELIMITER $$
create trigger audit_entry_no_update before update on audit_entry for each row
begin
    if new.id <> old.id or new.occurred_at <> old.occurred_at or new.action <> old.action
            or new.entity_type <> old.entity_type or new.entity_id <> old.entity_id
            or (new.actor <> old.actor and new.actor not like 'anonymised-%@anonymised.invalid')
            or (not (new.summary <=> old.summary) and new.summary not like '%anonymised-%@anonymised.invalid%') then
        signal sqlstate '45000' set message_text = 'The audit log is append-only: only anonymisation may replace an email';
    end if;
end$$
DELIMITER ;
