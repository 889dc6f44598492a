package org.iecmhc.lms.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;

import jakarta.persistence.EntityManager;
import org.iecmhc.lms.testsupport.StatementCounter;
import org.iecmhc.lms.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A union of many rows reads the same values straight through the transaction's connection as through EclipseLink's
 * native query outside one (TransactionRows), in one statement that the counter sees.
 */
class UnionAllPersistenceTest {

    @RegisterExtension
    final TestDatabase db = TestDatabase.migrated();

    @Test
    void readingThroughTheTransactionsConnectionGivesWhatTheNativeQueryGives() {
        StatementCounter.Counted<List<List<Object>>> straight = db.statements().count(() -> db.inTransaction(em ->
                plain(union().manyRows(em))));
        EntityManager outside = db.entityManagerFactory().createEntityManager();
        List<List<Object>> throughQuery;
        try {
            throughQuery = plain(union().manyRows(outside));
        } finally {
            outside.close();
        }

        assertEquals(1, straight.statements(), "one statement for both parts");
        assertEquals(throughQuery, straight.result());
        assertEquals(List.of(List.of(0, 7L, 90, "EARNED", LocalDate.of(2026, 3, 1).atStartOfDay()),
                List.of(1, 8L, 1, "null", LocalDateTime.of(2026, 3, 2, 14, 30))), straight.result());
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
