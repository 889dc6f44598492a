package org.iecmhc.lms.cohort;

import static org.iecmhc.lms.cohort.CohortFixture.inTransaction;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.iecmhc.lms.identity.AccountDetails;
import org.iecmhc.lms.identity.Role;
import org.iecmhc.lms.platform.i18n.Language;
import org.iecmhc.lms.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A page of the cohort list costs the same few statements however many cohorts it shows (issue 17): the count, the
 * page, and the active enrollments of all its cohorts at once; no cohort's faculty is read.
 */
class CohortListPersistenceTest {

    @RegisterExtension
    final TestDatabase db = TestDatabase.migrated();
    private long faculty;
    private int stored;

    @Test
    void aPageOfFiftyCohortsWithTheirSeatsCostsNoMoreStatementsThanAPageOfFive() {
        faculty = inTransaction(db, s -> s.accounts().create(new AccountDetails("teacher@list.example.org", "Tess",
                "Teacher", Language.EN, EnumSet.of(Role.FACULTY)), "a-long-enough-password", false)).getId();
        db.statements().assertConstantAsRowsGrow("Cohort list (count, page, active enrollments of the page)", 3,
                this::storeCohortsUpTo, this::viewPage);
    }

    /** As the list's view does it, reading what its columns show. */
    private void viewPage() {
        inTransaction(db, s -> {
            Cohorts cohorts = s.cohorts();
            assertEquals(stored, cohorts.countAll());
            List<Cohort> page = cohorts.list(0, 100);
            Map<Long, Long> active = cohorts.activeEnrollments(page.stream().map(Cohort::getId).toList());
            assertEquals(stored, page.size());
            assertEquals("Cohort " + (stored - 1), page.get(0).getName(), "newest first");
            for (Cohort cohort : page) {
                assertEquals(CohortStatus.ACTIVE, cohort.getStatus());
                assertEquals(InstructionLanguage.EN, cohort.getLanguage());
                assertEquals(30, cohort.getCapacity());
                assertEquals(1L, active.get(cohort.getId()), cohort.getName() + ": one of its two trainees withdrew");
                CohortRow row = new CohortRow(cohort, "English", "Active", active.get(cohort.getId()));
                assertEquals(List.of(cohort.getStartDate().toString(), cohort.getEndDate().toString(), "1 / 30"),
                        List.of(row.getStartDate(), row.getEndDate(), row.getSeats()), "the line as the page shows it");
            }
            return page;
        });
    }

    /** Each cohort a day later than the one before, with a faculty member, a trainee enrolled and one withdrawn. */
    private void storeCohortsUpTo(int count) {
        for (int i = stored; i < count; i++) {
            int n = i;
            LocalDate start = LocalDate.of(2026, 9, 1).plusDays(n);
            long cohort = inTransaction(db, s -> s.cohorts().create(new CohortDetails("Cohort " + n, start,
                    start.plusMonths(10), InstructionLanguage.EN, 30), CohortStatus.ACTIVE, new CompletionRequirements(),
                    Set.of(faculty)).getId());
            enrol(cohort, "stays" + n + "@list.example.org", EnrollmentStatus.ENROLLED);
            enrol(cohort, "left" + n + "@list.example.org", EnrollmentStatus.WITHDRAWN);
        }
        stored = count;
    }

    private void enrol(long cohort, String email, EnrollmentStatus status) {
        inTransaction(db, s -> s.enrollments().enrol(cohort, email, "Trainee", email.substring(0, 4), Language.EN,
                status));
    }
}
