package org.iecmhc.lms.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import org.iecmhc.lms.testsupport.StatementCounter;
import org.iecmhc.lms.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A union of many rows reads the same values straight through JDBC (JdbcRows), on the transaction's connection or
 * outside one on the data source's, as through EclipseLink's native query, in one statement that the counter sees.
 */
class UnionAllPersistenceTest {

    @RegisterExtension
    final TestDatabase db = TestDatabase.migrated();

    @Test
    void readingStraightThroughJdbcGivesWhatTheNativeQueryGives() {
        StatementCounter.Counted<List<List<Object>>> inTransaction = db.statements().count(() -> db.inTransaction(em ->
                plain(union().manyRows(em))));
        StatementCounter.Counted<List<List<Object>>> outside = db.statements().count(() -> outsideTransaction(em ->
                plain(union().manyRows(em))));
        List<List<Object>> throughQuery = outsideTransaction(em -> plain(union().rows(em)));

        assertEquals(1, inTransaction.statements(), "one statement for both parts");
        assertEquals(1, outside.statements(), "one statement for both parts, on the data source's connection");
        assertEquals(throughQuery, inTransaction.result());
        assertEquals(throughQuery, outside.result());
        assertEquals(List.of(List.of(0, 7L, 90, "EARNED", LocalDate.of(2026, 3, 1).atStartOfDay()),
                List.of(1, 8L, 1, "null", LocalDateTime.of(2026, 3, 2, 14, 30))), throughQuery);
    }

    private <T> T outsideTransaction(Function<EntityManager, T> work) {
        EntityManager em = db.entityManagerFactory().createEntityManager();
        try {
            return work.apply(em);
        } finally {
            em.close();
        }
    }

    private static UnionAll union() {
        return new UnionAll()
                .add("select ? as trainee, 90 as amount, 'EARNED' as state, cast(? as date) as first", List.of(7, "2026-03-01"))
                .add("select ?, 1, null, cast(? as datetime)", List.of(8, "2026-03-02 14:30:00"));
    }

    /** Each row as the credit sources read it: its part, numbers as numbers, times as the union's time. */
    private static List<List<Object>> plain(List<Object[]> rows) {
        return rows.stream().map(r -> List.<Object>of(UnionAll.part(r), ((Number) r[1]).longValue(),
                        ((Number) r[2]).intValue(), String.valueOf(r[3]), UnionAll.time(r[4])))
                .sorted(Comparator.comparing(r -> (Integer) r.get(0))).toList();
    }
}
