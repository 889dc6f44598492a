package db.migration;

import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The audit log says what changed: each entry may carry its field changes ("field: old -> new") as JSON, bounded by
 * the writer (platform.audit.Changes) to the column's size. Written in Java because the append-only trigger of
 * MySQL/MariaDB (V18) must be made again to guard the new column too, and H2 has no such trigger.
 */
public class V40__audit_changes extends BaseJavaMigration {

    private static final String TRIGGER = """
            create trigger audit_entry_no_update before update on audit_entry for each row
            begin
                if new.id <> old.id or new.occurred_at <> old.occurred_at or new.action <> old.action
                        or new.entity_type <> old.entity_type or new.entity_id <> old.entity_id
                        or (new.actor <> old.actor and new.actor not like 'anonymised-%@anonymised.invalid')
                        or (not (new.summary <=> old.summary) and new.summary not like '%anonymised-%@anonymised.invalid%')
                        or (not (new.changes <=> old.changes) and new.changes not like '%anonymised-%@anonymised.invalid%') then
                    signal sqlstate '45000' set message_text = 'The audit log is append-only: only anonymisation may replace an email';
                end if;
            end""";

    @Override
    public void migrate(Context context) throws Exception {
        boolean h2 = "H2".equalsIgnoreCase(context.getConnection().getMetaData().getDatabaseProductName());
        try (Statement statement = context.getConnection().createStatement()) {
            statement.execute("alter table audit_entry add column changes varchar(4000) null");
            if (!h2) {
                statement.execute("drop trigger audit_entry_no_update");
                statement.execute(TRIGGER);
            }
        }
    }
}
