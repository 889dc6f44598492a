package org.iecmhc.lms.cohort;

import static org.iecmhc.lms.cohort.CohortFixture.inTransaction;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.EntityManager;
import org.iecmhc.lms.platform.errors.FirstProblems;
import org.iecmhc.lms.platform.imports.ImportProblem;
import org.iecmhc.lms.platform.imports.ImportResult;
import org.iecmhc.lms.testsupport.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Importing a past cohort's enrollments with their dates, status and completion date: all lines or none. */
class EnrollmentHistoryPersistenceTest {

    private static final String HEADER = String.join(",", EnrollmentHistoryReader.COLUMNS) + "\n";
    private static TestDatabase db;
    private static long cohort;

    @BeforeAll
    static void migrate() {
        db = TestDatabase.migrated();
        cohort = inTransaction(db, s -> s.cohorts().create(new CohortDetails("2022-2023 history",
                LocalDate.of(2022, 9, 1), LocalDate.of(2023, 6, 30), InstructionLanguage.EN, 30)).getId());
        inTransaction(db, s -> { s.cohorts().close(cohort); return null; });
    }

    @AfterAll
    static void drop() {
        db.close();
    }

    @Test
    void aGoodFileStoresEachEnrollmentWithItsDatesAndStatusEvenInAClosedCohort() {
        String csv = HEADER
                + "ana.past@example.org,Ana,Ruiz,es,COMPLETED,2022-09-15,2023-06-20,\n"
                + "lee.past@example.org,Lee,Park,en,NOT_COMPLETED,,2023-06-30,\n"
                + "sam.past@example.org,Sam,Cole,en,WITHDRAWN,2022-09-01,2023-01-10,\"Moved, out of state\"\n"
                + "kim.past@example.org,Kim,Lo,en,WITHDRAWN,,2022-08-20,Changed jobs\n";
        ImportResult<EnrollmentHistoryLine> result = inTransaction(db, s -> s.enrollmentHistory().importCsv(cohort, csv));
        assertTrue(result.isClean(), () -> messages(result).toString());
        List<Object[]> stored = db.inTransaction((EntityManager em) -> em.createQuery("select e.trainee.email, e.status,"
                + " e.enrolledOn, e.endedOn, e.withdrawnOn, e.withdrawalReason from Enrollment e where e.cohort.id = :c"
                + " order by e.trainee.email", Object[].class).setParameter("c", cohort).getResultList());
        assertEquals(List.of(
                List.of("ana.past@example.org", EnrollmentStatus.COMPLETED, LocalDate.of(2022, 9, 15), LocalDate.of(2023, 6, 20)),
                List.of("kim.past@example.org", EnrollmentStatus.WITHDRAWN),
                List.of("lee.past@example.org", EnrollmentStatus.NOT_COMPLETED, LocalDate.of(2022, 9, 1), LocalDate.of(2023, 6, 30)),
                List.of("sam.past@example.org", EnrollmentStatus.WITHDRAWN, LocalDate.of(2022, 9, 1))),
                stored.stream().map(row -> row[1] == EnrollmentStatus.WITHDRAWN
                        ? (row[2] == null ? List.of(row[0], row[1]) : List.of(row[0], row[1], row[2]))
                        : List.of(row[0], row[1], row[2], row[3])).toList());
        assertEquals(LocalDate.of(2023, 1, 10), stored.get(3)[4]);
        assertEquals("Moved, out of state", stored.get(3)[5]);
        assertEquals(0L, (long) db.inTransaction((EntityManager em) -> em.createQuery("select count(m) from OutboxMail m"
                + " where m.recipient like '%.past@example.org'", Long.class).getSingleResult()), "history mails nobody");

        ImportResult<EnrollmentHistoryLine> again = inTransaction(db, s -> s.enrollmentHistory().importCsv(cohort, csv));
        assertEquals(List.of(2, 3, 4, 5), again.problems().stream().map(ImportProblem::line).toList());
    }

    @Test
    void aFileWithSeveralBadLinesStoresNothingAndListsEachLine() {
        String csv = HEADER
                + "good.line@example.org,Good,Line,en,COMPLETED,,2023-06-01,\n"
                + "not-an-email,,Line,fr,FINISHED,,,\n"
                + "early@example.org,Early,Start,en,ENROLLED,2022-01-01,2023-01-01,\n"
                + "applied@example.org,App,Lied,en,APPLIED,2022-09-01,,Changed jobs\n"
                + "nodate@example.org,No,Date,en,WITHDRAWN,,,\n"
                + "good.line@example.org,Good,Again,en,COMPLETED,2022-10-01,2022-09-30,\n";
        ImportResult<EnrollmentHistoryLine> result = inTransaction(db, s -> s.enrollmentHistory().importCsv(cohort, csv));
        List<String> messages = messages(result);
        assertEquals(List.of(3, 3, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7), result.problems().stream().map(ImportProblem::line).toList(),
                messages.toString());
        assertTrue(messages.contains("3: email \"not-an-email\" is not a valid e-mail address."), messages.toString());
        assertTrue(messages.contains("3: status \"FINISHED\" is not one of APPLIED, ENROLLED, WITHDRAWN, COMPLETED,"
                + " NOT_COMPLETED."), messages.toString());
        assertTrue(messages.contains("4: enrolled_on \"2022-01-01\" is not within the cohort's dates, 2022-09-01 to"
                + " 2023-06-30."), messages.toString());
        assertTrue(messages.contains("4: A ENROLLED line has not ended: leave ended_on empty."), messages.toString());
        assertTrue(messages.contains("6: A WITHDRAWN line needs its ended_on date."), messages.toString());
        assertTrue(messages.contains("7: good.line@example.org is already on line 2."), messages.toString());
        assertTrue(messages.contains("7: ended_on \"2022-09-30\" is before the trainee took part, from 2022-10-01."));
        assertTrue(inTransaction(db, s -> s.accounts().findByEmail("good.line@example.org")).isEmpty(),
                "not even the good line's person");
    }

    @Test
    void aLongBadFileAnswersWithTheFirstHundredProblemsAndTheirCount() {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < 5_000; i++) {
            csv.append("person").append(i).append("@example.org,P,Q,en,DONE,,,\n");
        }
        ImportResult<EnrollmentHistoryLine> result = inTransaction(db, s -> s.enrollmentHistory().check(cohort, csv.toString()));
        assertEquals(FirstProblems.KEPT, result.problems().size());
        assertEquals(5_000, result.problemCount());
    }

    private static List<String> messages(ImportResult<?> result) {
        return result.problems().stream().map(p -> p.line() + ": " + p.message(Locale.ENGLISH)).toList();
    }
}
