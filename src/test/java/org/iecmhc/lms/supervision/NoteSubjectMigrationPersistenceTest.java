package org.iecmhc.lms.supervision;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.iecmhc.lms.platform.persistence.SchemaMigration;
import org.iecmhc.lms.testsupport.Sql;
import org.iecmhc.lms.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;

/**
 * Notes written before their subject was stored (V20) keep the supervisor who wrote them and become about the one
 * trainee their individual session invited; a group session's note has no subject, so only its author reads it.
 */
class NoteSubjectMigrationPersistenceTest {

    @Test
    void existingNotesKeepTheirAuthorAndTheSingleTraineeInvited() throws SQLException {
        try (TestDatabase db = TestDatabase.empty()) {
            DataSource data = db.dataSource();
            Flyway.configure(SchemaMigration.class.getClassLoader()).dataSource(data)
                    .locations("classpath:db/migration", "classpath:db/migration-mysql").target("19").load().migrate();
            for (String person : List.of("renee", "omar", "ana", "ben")) {
                Sql.execute(data, "insert into account (email, first_name, last_name, password_hash, created_at)"
                        + " values ('" + person + "@example.org', '" + person + "', 'Test', 'x', '2026-01-01')");
            }
            Sql.execute(data, "insert into cohort (name, start_date, end_date, language, capacity)"
                    + " values ('Before V20', '2025-09-01', '2026-06-30', 'EN', 30)");
            Sql.execute(data, "insert into supervision_session (id, cohort_id, kind, supervisor_id, starts_at, duration_minutes)"
                    + " select 1, c.id, 'INDIVIDUAL', a.id, '2026-01-10 17:00', 60 from cohort c, account a"
                    + " where a.email = 'omar@example.org'");
            Sql.execute(data, "insert into supervision_session (id, cohort_id, kind, supervisor_id, starts_at, duration_minutes)"
                    + " select 2, c.id, 'GROUP', a.id, '2026-01-11 17:00', 90 from cohort c, account a"
                    + " where a.email = 'renee@example.org'");
            Sql.execute(data, "insert into supervision_invitation (session_id, trainee_id) select 1, id from account"
                    + " where email = 'ana@example.org'");
            Sql.execute(data, "insert into supervision_invitation (session_id, trainee_id) select 2, id from account"
                    + " where email in ('ana@example.org', 'ben@example.org')");
            // Renée wrote the individual note; an administrator named Omar supervisor afterwards.
            Sql.execute(data, "insert into supervision_note (session_id, author_id, written_at, body) select 1, id,"
                    + " '2026-01-10 19:00', 'individual' from account where email = 'renee@example.org'");
            Sql.execute(data, "insert into supervision_note (session_id, author_id, written_at, body) select 2, id,"
                    + " '2026-01-11 19:00', 'group' from account where email = 'renee@example.org'");

            SchemaMigration.migrate(data);

            assertEquals(List.of(Arrays.asList("individual", "renee@example.org", "ana@example.org"),
                            Arrays.asList("group", "renee@example.org", null)),
                    Sql.rows(data, "select n.body, a.email, s.email from supervision_note n join account a on a.id = n.author_id"
                            + " left join account s on s.id = n.subject_id order by n.session_id"));
        }
    }
}
