package org.iecmhc.lms.platform.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.util.List;

import org.iecmhc.lms.testsupport.Sql;
import org.iecmhc.lms.testsupport.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The database itself keeps the audit log append-only (V18's triggers, V40's for the changes), whoever connects to it. */
class AuditLogAppendOnlyPersistenceTest {

    private static TestDatabase db;

    @BeforeAll
    static void oneEntry() throws SQLException {
        db = TestDatabase.migrated();
        execute("insert into audit_entry (occurred_at, actor, action, entity_type, entity_id, summary)"
                + " values ('2026-01-05 10:00:00', 'ana@example.org', 'UPDATE', 'Account', '7', 'ana@example.org')");
    }

    @AfterAll
    static void drop() {
        db.close();
    }

    @Test
    void noEntryCanBeDeleted() {
        SQLException refused = assertThrows(SQLException.class, () -> execute("delete from audit_entry"));
        assertTrue(refused.getMessage().contains("append-only"), refused.getMessage());
    }

    @Test
    void whenWhatAndWhichRecordCannotBeChanged() {
        for (String change : new String[] {"occurred_at = '2020-01-01'", "action = 'CREATE'", "entity_type = 'Cohort'",
                "entity_id = '8'", "actor = 'someone.else@example.org'", "summary = 'nothing happened'",
                "changes = '{\"c\":[],\"more\":0}'"}) {
            assertThrows(SQLException.class, () -> execute("update audit_entry set " + change), change);
        }
    }

    @Test
    void onlyAnonymisationMayReplaceAnEmail() throws SQLException {
        execute("update audit_entry set actor = 'anonymised-7@anonymised.invalid',"
                + " summary = replace(summary, 'ana@example.org', 'anonymised-7@anonymised.invalid')");
        assertEquals(List.of(List.of("anonymised-7@anonymised.invalid", "anonymised-7@anonymised.invalid", "UPDATE")),
                Sql.rows(db.dataSource(), "select actor, summary, action from audit_entry"));
    }

    private static void execute(String sql) throws SQLException {
        Sql.execute(db.dataSource(), sql);
    }
}
