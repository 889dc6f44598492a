package org.iecmhc.lms.cohort;

import static org.iecmhc.lms.cohort.CohortFixture.inTransaction;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.PersistenceException;
import org.iecmhc.lms.identity.Account;
import org.iecmhc.lms.platform.errors.RecordChangedMeanwhile;
import org.iecmhc.lms.identity.AccountDetails;
import org.iecmhc.lms.identity.Role;
import org.iecmhc.lms.platform.i18n.Language;
import org.iecmhc.lms.testsupport.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Cohort and enrollment rules and queries against the real MariaDB/MySQL server. */
class CohortsPersistenceTest {

    private static TestDatabase db;
    private static long facultyId;
    private static long traineeId;

    @BeforeAll
    static void migrate() {
        db = TestDatabase.migrated();
        facultyId = account("teacher@example.org", Role.FACULTY);
        traineeId = account("learner@example.org", Role.TRAINEE);
    }

    @AfterAll
    static void drop() {
        db.close();
    }

    @Test
    void cohortsAreListedNewestFirstWithTheirActiveEnrollmentsCounted() {
        long older = create("2020-2021", LocalDate.of(2020, 9, 1), 10);
        long newer = create("2021-2022", LocalDate.of(2021, 9, 1), 10);
        inTransaction(db, s -> s.enrollments().enrol(older, "learner@example.org", null, null, Language.EN, EnrollmentStatus.APPLIED));
        Enrollment gone = inTransaction(db, s -> s.enrollments().enrol(newer, "learner@example.org", null, null,
                Language.EN, EnrollmentStatus.ENROLLED));
        inTransaction(db, s -> {
            s.enrollments().withdraw(gone.getId(), LocalDate.of(2026, 8, 20), "Changed jobs");
            return null;
        });
        List<Cohort> listed = inTransaction(db, s -> s.cohorts().list(0, 100));
        List<String> names = listed.stream().map(Cohort::getName).toList();
        assertTrue(names.indexOf("2021-2022") < names.indexOf("2020-2021"), names.toString());
        Map<Long, Long> active = inTransaction(db, s -> s.cohorts().activeEnrollments(List.of(older, newer)));
        assertEquals(Map.of(older, 1L), active, "a withdrawn enrollment is not active");
    }

    @Test
    void namesAreUniqueWhateverTheirCase() {
        create("Unique name", LocalDate.of(2026, 9, 1), 10);
        CohortRejected taken = assertThrows(CohortRejected.class, () -> create(" UNIQUE NAME ", LocalDate.of(2026, 9, 1), 10));
        assertEquals("cohort.name.taken", taken.messageKey());
    }

    @Test
    void oneActiveEnrollmentPerTraineeAndCohortAndNoneInAClosedOrFullCohort() {
        long cohort = create("Rules", LocalDate.of(2026, 9, 1), 2);
        inTransaction(db, s -> s.enrollments().enrol(cohort, "LEARNER@example.org", null, null, Language.EN, EnrollmentStatus.ENROLLED));
        assertEquals("enrollment.alreadyActive", assertThrows(CohortRejected.class, () -> inTransaction(db,
                s -> s.enrollments().enrol(cohort, "learner@example.org", null, null, Language.EN, EnrollmentStatus.APPLIED))).messageKey());

        CohortRejected noName = assertThrows(CohortRejected.class, () -> inTransaction(db,
                s -> s.enrollments().enrol(cohort, "nameless@example.org", " ", "X", Language.EN, EnrollmentStatus.ENROLLED)));
        assertEquals("firstName", noName.field());
        Enrollment created = inTransaction(db, s -> s.enrollments().enrol(cohort, "brand.new@example.org", "Brand",
                "New", Language.ES, EnrollmentStatus.APPLIED));
        Account brandNew = inTransaction(db, s -> s.accounts().findByEmail("brand.new@example.org")).orElseThrow();
        assertEquals(EnumSet.of(Role.TRAINEE), EnumSet.copyOf(brandNew.getRoles()));
        assertTrue(brandNew.isPasswordChangeRequired());

        assertEquals("enrollment.cohortFull", assertThrows(CohortRejected.class, () -> inTransaction(db,
                s -> s.enrollments().enrol(cohort, "teacher@example.org", null, null, Language.EN, EnrollmentStatus.ENROLLED))).messageKey());

        inTransaction(db, s -> {
            s.enrollments().accept(created.getId(), null);
            s.cohorts().close(cohort);
            return null;
        });
        assertEquals(EnrollmentStatus.ENROLLED, inTransaction(db, s -> s.enrollments().find(created.getId())).orElseThrow().getStatus());
        assertEquals("enrollment.cohortClosed", assertThrows(CohortRejected.class, () -> inTransaction(db,
                s -> s.enrollments().enrol(cohort, "other@example.org", "O", "Ther", Language.EN, EnrollmentStatus.ENROLLED))).messageKey());
    }

    @Test
    void theDatabaseItselfRefusesASecondActiveEnrollmentButNotOneAfterAWithdrawal() {
        long cohort = create("Constraint", LocalDate.of(2026, 9, 1), 10);
        Enrollment first = inTransaction(db, s -> s.enrollments().enrol(cohort, "learner@example.org", null, null,
                Language.EN, EnrollmentStatus.ENROLLED));
        assertThrows(PersistenceException.class, () -> inTransaction(db, s -> {
            s.em().persist(new Enrollment(s.em().find(Cohort.class, cohort), s.em().find(Account.class, traineeId),
                    EnrollmentStatus.APPLIED, LocalDate.of(2026, 8, 20)));
            s.em().flush();
            return null;
        }), "a second active enrollment that bypassed the service");

        inTransaction(db, s -> {
            s.enrollments().withdraw(first.getId(), LocalDate.of(2026, 8, 20), "Paused for a year");
            return null;
        });
        inTransaction(db, s -> s.enrollments().enrol(cohort, "learner@example.org", null, null, Language.EN,
                EnrollmentStatus.APPLIED));
        assertEquals(1L, (long) inTransaction(db, s -> s.cohorts().activeEnrollments(cohort)));
    }

    @Test
    void requirementsFacultyAndStatusAreSavedAndOnlyFacultyMayTeach() {
        long cohort = create("Staffed", LocalDate.of(2026, 9, 1), 20);
        Cohort stored = inTransaction(db, s -> s.cohorts().find(cohort)).orElseThrow();
        CohortDetails details = new CohortDetails("Staffed", stored.getStartDate(), stored.getEndDate(),
                InstructionLanguage.ES, 25);
        CompletionRequirements requirements = new CompletionRequirements(new BigDecimal("24.5"), 6, new BigDecimal("60"), false);
        assertEquals("cohort.faculty.notFaculty", assertThrows(CohortRejected.class, () -> inTransaction(db,
                s -> s.cohorts().update(cohort, stored.getVersion(), details, CohortStatus.ACTIVE, requirements, Set.of(traineeId)))).messageKey());
        inTransaction(db, s -> s.cohorts().update(cohort, stored.getVersion(), details, CohortStatus.ACTIVE, requirements, Set.of(facultyId)));

        Cohort saved = inTransaction(db, s -> s.cohorts().find(cohort)).orElseThrow();
        assertEquals(CohortStatus.ACTIVE, saved.getStatus());
        assertEquals(InstructionLanguage.ES, saved.getLanguage());
        assertEquals(0, new BigDecimal("24.5").compareTo(saved.getRequirements().getSupervisionHours()));
        assertEquals(6, saved.getRequirements().getCopMeetings());
        assertEquals(Set.of("teacher@example.org"), Set.copyOf(saved.getFaculty().stream().map(Account::getEmail).toList()));
        assertThrows(RecordChangedMeanwhile.class, () -> inTransaction(db,
                s -> s.cohorts().update(cohort, stored.getVersion(), details, CohortStatus.ACTIVE, requirements, Set.of())));
        assertTrue(inTransaction(db, s -> s.cohorts().facultyCandidates()).stream().allMatch(a -> a.hasRole(Role.FACULTY)));
    }

    @Test
    void aProfileIsCreatedOnTheFirstAnswerAndChangedAfterwards() {
        inTransaction(db, s -> s.profiles().answer(traineeId, new ProfileAnswers(RaceEthnicity.DECLINED,
                LanguageBackground.ENGLISH_ONLY, "06075", "  SF Agency ", "")));
        TraineeProfile first = inTransaction(db, s -> s.profiles().profileOf(traineeId)).orElseThrow();
        assertEquals(RaceEthnicity.DECLINED, first.getRaceEthnicity());
        assertEquals("San Francisco", first.getCounty().getName());
        assertEquals("SF Agency", first.getAgency());
        assertEquals(null, first.getDiscipline());
        inTransaction(db, s -> s.profiles().answer(traineeId, new ProfileAnswers(null, null, null, null, "LCSW")));
        TraineeProfile changed = inTransaction(db, s -> s.profiles().profileOf(traineeId)).orElseThrow();
        assertEquals(first.getId(), changed.getId());
        assertEquals(null, changed.getRaceEthnicity());
        assertEquals("LCSW", changed.getDiscipline());
        assertEquals("profile.county.unknown", assertThrows(CohortRejected.class, () -> inTransaction(db,
                s -> s.profiles().answer(traineeId, new ProfileAnswers(null, null, "99999", null, null)))).messageKey());
    }

    @Test
    void theApiMovesAnEnrollmentOnlyFromTheVersionItReadAndNeverToCompleted() {
        long cohort = create("2024-2025 moves", LocalDate.of(2024, 9, 1), 10);
        Enrollment applied = inTransaction(db, s -> s.enrollments().enrol(cohort, "mover@example.org", "Mo", "Ver",
                Language.EN, EnrollmentStatus.APPLIED));
        long read = applied.getVersion();
        inTransaction(db, s -> {
            s.enrollments().move(applied.getId(), read, EnrollmentStatus.ENROLLED, LocalDate.of(2024, 10, 1), null);
            return null;
        });
        Enrollment enrolled = inTransaction(db, s -> s.enrollments().find(applied.getId())).orElseThrow();
        assertEquals(LocalDate.of(2024, 10, 1), enrolled.getEnrolledOn());
        assertThrows(RecordChangedMeanwhile.class, () -> inTransaction(db, s -> {
            s.enrollments().move(applied.getId(), read, EnrollmentStatus.WITHDRAWN, LocalDate.of(2024, 11, 1), "Stale");
            return null;
        }));
        assertEquals("api30.enrollment.notAStep", assertThrows(CohortRejected.class, () -> inTransaction(db, s -> {
            s.enrollments().move(applied.getId(), enrolled.getVersion(), EnrollmentStatus.COMPLETED, null, null);
            return null;
        })).messageKey());
        assertEquals(EnrollmentStatus.ENROLLED, inTransaction(db, s -> s.enrollments().find(applied.getId()))
                .orElseThrow().getStatus());
    }

    @Test
    void aProfileAnsweredThroughTheApiIsSavedOnlyOverTheVersionItRead() {
        long person = account("profiled@example.org", Role.TRAINEE);
        inTransaction(db, s -> s.profiles().answer(person, TraineeProfiles.NO_PROFILE,
                new ProfileAnswers(RaceEthnicity.ASIAN, null, null, null, null)));
        assertThrows(RecordChangedMeanwhile.class, () -> inTransaction(db, s -> s.profiles().answer(person,
                TraineeProfiles.NO_PROFILE, new ProfileAnswers(RaceEthnicity.OTHER, null, null, null, null))));
        long version = inTransaction(db, s -> s.profiles().profileOf(person)).orElseThrow().getVersion();
        inTransaction(db, s -> s.profiles().answer(person, version,
                new ProfileAnswers(RaceEthnicity.OTHER, null, null, null, null)));
        assertEquals(RaceEthnicity.OTHER, inTransaction(db, s -> s.profiles().profileOf(person)).orElseThrow()
                .getRaceEthnicity());
    }

    private static long create(String name, LocalDate start, int capacity) {
        return inTransaction(db, s -> s.cohorts().create(new CohortDetails(name, start, start.plusMonths(10),
                InstructionLanguage.EN, capacity)).getId());
    }

    private static long account(String email, Role role) {
        inTransaction(db, s -> s.accounts().create(new AccountDetails(email, "A", "Person", Language.EN,
                EnumSet.of(role)), "a long enough password", false));
        return inTransaction(db, s -> s.accounts().findByEmail(email)).orElseThrow().getId();
    }
}
