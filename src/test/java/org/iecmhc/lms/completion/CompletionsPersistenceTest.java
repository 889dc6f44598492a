package org.iecmhc.lms.completion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import org.iecmhc.lms.cohort.Cohort;
import org.iecmhc.lms.cohort.CohortDetails;
import org.iecmhc.lms.cohort.CohortStatus;
import org.iecmhc.lms.cohort.CompletionRequirements;
import org.iecmhc.lms.cohort.Enrollment;
import org.iecmhc.lms.cohort.EnrollmentStatus;
import org.iecmhc.lms.cohort.InstructionLanguage;
import org.iecmhc.lms.course.Assignment;
import org.iecmhc.lms.course.AssignmentDetails;
import org.iecmhc.lms.course.Course;
import org.iecmhc.lms.course.CourseDetails;
import org.iecmhc.lms.course.GradeInput;
import org.iecmhc.lms.course.GradingKind;
import org.iecmhc.lms.course.Submission;
import org.iecmhc.lms.identity.Account;
import org.iecmhc.lms.identity.AccountDetails;
import org.iecmhc.lms.identity.Role;
import org.iecmhc.lms.platform.i18n.Language;
import org.iecmhc.lms.platform.security.Viewer;
import org.iecmhc.lms.platform.time.FiscalYears;
import org.iecmhc.lms.reporting.ImpactFigures;
import org.iecmhc.lms.testsupport.MutableClock;
import org.iecmhc.lms.testsupport.Services;
import org.iecmhc.lms.testsupport.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The completion board's figures against known records (the real course source, and fake sources standing for the
 * features merged later), confirming completion, and certificate codes, on MariaDB.
 */
class CompletionsPersistenceTest {

    private static final MutableClock CLOCK = new MutableClock(Instant.parse("2026-03-01T18:00:00Z"));
    private static final CompletionRequirements USUAL = new CompletionRequirements(new BigDecimal("24"), 6, new BigDecimal("60"), true);
    private static final String ADMIN = "completion.admin@example.org";
    private static final String FACULTY = "completion.faculty@example.org";
    private static final String OTHER_FACULTY = "other.faculty@example.org";
    private static final Viewer ADMINISTRATOR = new Viewer(ADMIN, true);

    private static TestDatabase db;
    /** The records of the features not in this branch, by cohort id. */
    private static final Map<Long, List<Credit>> RECORDS = new HashMap<>();

    @BeforeAll
    static void database() {
        db = TestDatabase.migrated();
        person(ADMIN, Role.ADMINISTRATOR);
        person(FACULTY, Role.FACULTY);
        person(OTHER_FACULTY, Role.FACULTY);
    }

    @AfterAll
    static void drop() {
        db.close();
    }

    @Test
    void theBoardShowsEveryEnrollmentWithTheFiguresOfItsRecords() {
        Cohort cohort = cohort("Board cohort");
        Enrollment ana = enrol(cohort, "ana.board@example.org");
        Enrollment ben = enrol(cohort, "ben.board@example.org");
        Enrollment cara = enrol(cohort, "cara.board@example.org");
        withdraw(cara);
        Course course = course(cohort);
        Assignment essay = assignment(course);
        grade(essay, ana, "9");
        records(cohort).addAll(allButCourses(ana));
        records(cohort).addAll(allButCourses(cara));
        LocalDate session = LocalDate.of(2025, 10, 6);
        records(cohort).add(new Credit(traineeOf(ben), CreditKind.SUPERVISION_MINUTES, 90, CreditState.EARNED, session));
        records(cohort).add(new Credit(traineeOf(ben), CreditKind.SUPERVISION_MINUTES, 90, CreditState.NOT_EARNED, session.plusMonths(1)));
        records(cohort).add(new Credit(traineeOf(ben), CreditKind.PRACTICUM_MINUTES, 600, CreditState.EARNED, session));
        records(cohort).add(new Credit(traineeOf(ben), CreditKind.PRACTICUM_MINUTES, 120, CreditState.PENDING, session));
        records(cohort).add(new Credit(traineeOf(ben), CreditKind.PRACTICUM_MINUTES, 45, CreditState.NOT_EARNED, session));

        List<Progress> board = completion(s -> s.board(new Viewer(FACULTY, false), cohort.getId()).orElseThrow());

        assertEquals(List.of("First ana.board", "First ben.board", "First cara.board"),
                board.stream().map(Progress::getTraineeName).toList());
        Progress anaRow = board.get(0);
        assertEquals(ProgressStatus.ELIGIBLE, anaRow.status());
        assertEquals(new BigDecimal("24.00"), anaRow.getSupervisionHours());
        assertEquals(new BigDecimal("60.00"), anaRow.getPracticumHours());
        assertEquals(new BigDecimal("1.00"), anaRow.getCoursesPassed());
        assertEquals(new BigDecimal("1.00"), anaRow.getCourses().required());
        Progress benRow = board.get(1);
        assertEquals(new BigDecimal("1.50"), benRow.getSupervisionHours());
        assertEquals(new BigDecimal("10.00"), benRow.getPracticumHours());
        assertEquals(new BigDecimal("2.00"), benRow.getPracticum().pending());
        assertEquals(new BigDecimal("1.00"), benRow.getCourses().pending(), "the essay is not handed in yet");
        assertEquals(ProgressStatus.BEHIND, benRow.status());
        assertEquals(ProgressStatus.WITHDRAWN, board.get(2).status());
    }

    @Test
    void onlyAdministratorsAndTheCohortsFacultyOpenItsBoard() {
        Cohort cohort = cohort("Access cohort");
        enrol(cohort, "only.one@example.org");

        assertEquals(1, completion(s -> s.board(ADMINISTRATOR, cohort.getId()).orElseThrow()).size());
        assertThrows(CompletionRejected.class, () -> completion(s -> s.board(new Viewer(OTHER_FACULTY, false), cohort.getId())));
        assertTrue(completion(s -> s.board(ADMINISTRATOR, 999_999)).isEmpty());
        assertTrue(completion(s -> s.cohortsFollowedBy(new Viewer(FACULTY, false))).contains(
                new BoardCohort(cohort.getId(), "Access cohort")), "the board's list names the cohort");
        assertTrue(completion(s -> s.cohortsFollowedBy(new Viewer(OTHER_FACULTY, false))).isEmpty());
    }

    @Test
    void confirmingAnEligibleTraineeCompletesAndCertifiesButANotEligibleOneChangesNothing() {
        Cohort cohort = cohort("Confirm cohort");
        Enrollment ana = enrol(cohort, "ana.confirm@example.org");
        Enrollment ben = enrol(cohort, "ben.confirm@example.org");
        records(cohort).addAll(allButCourses(ana));
        records(cohort).add(new Credit(traineeOf(ben), CreditKind.PRACTICUM_MINUTES, 600, CreditState.EARNED, LocalDate.of(2025, 11, 3)));

        CompletionRejected refused = assertThrows(CompletionRejected.class,
                () -> completion(s -> s.confirm(ADMINISTRATOR, ben.getId())));
        assertEquals("completion.notEligible", refused.messageKey());
        assertEquals(EnrollmentStatus.ENROLLED, statusOf(ben));
        assertTrue(completion(s -> s.certificate(ADMINISTRATOR, ben.getId())).isEmpty());
        assertThrows(CompletionRejected.class, () -> completion(s -> s.confirm(new Viewer(FACULTY, false), ana.getId())));
        assertEquals(EnrollmentStatus.ENROLLED, statusOf(ana), "only an administrator confirms");

        String code = completion(s -> s.confirm(ADMINISTRATOR, ana.getId())).getCode();

        assertEquals(EnrollmentStatus.COMPLETED, statusOf(ana));
        assertTrue(CertificateCodes.isWellFormed(code), code);
        Progress anaRow = completion(s -> s.board(ADMINISTRATOR, cohort.getId()).orElseThrow()).get(0);
        assertEquals(ProgressStatus.COMPLETED, anaRow.status());
        assertEquals(code, anaRow.certificateCode());
        assertThrows(CompletionRejected.class, () -> completion(s -> s.confirm(ADMINISTRATOR, ana.getId())),
                "a completed trainee is not eligible any more");

        CertificateDocument issued = completion(s -> s.verify(code.toLowerCase())).orElseThrow();
        assertEquals("First ana.confirm", issued.traineeName());
        assertEquals("Confirm cohort", issued.cohortName());
        assertEquals(LocalDate.of(2026, 2, 20), issued.completedOn(), "the day of the last requirement, the final evaluation");
        assertEquals(new BigDecimal("24.00"), issued.supervisionHours());
        assertEquals(6, issued.copMeetings());
        assertTrue(issued.finalEvaluation());
        assertTrue(completion(s -> s.verify("ZZZZZZZZZZZZ")).isEmpty());
        assertTrue(completion(s -> s.verify("not a code")).isEmpty());

        assertTrue(completion(s -> s.certificate(new Viewer("ana.confirm@example.org", false), ana.getId())).isPresent());
        assertTrue(completion(s -> s.certificate(new Viewer("ben.confirm@example.org", false), ana.getId())).isEmpty(),
                "another trainee cannot download it");

        var told = db.inTransaction(em -> Services.on(em, CLOCK).notifications().page("ana.confirm@example.org", 0, 10)).rows();
        assertEquals(1, told.size(), "the trainee hears of it");
        assertEquals("Congratulations: you completed the Consultant Training Program (Confirm cohort). Your certificate is"
                + " issued; anyone can check it with the link.", told.get(0).text(java.util.Locale.ENGLISH));
        assertEquals("/verify/" + code, told.get(0).getLinkPath(), "the verify link");
        assertEquals(0L, db.inTransaction(em -> Services.on(em, CLOCK).notifications().page("ben.confirm@example.org", 0, 10))
                .total());
    }

    @Test
    void anEnrollmentCountsFromTheCohortsStartAndACompletionOnTheDayItsLastRequirementWasMet() {
        Cohort cohort = cohort("Dated cohort");
        Enrollment ana = enrol(cohort, "ana.dated@example.org");
        Enrollment ben = enrol(cohort, "ben.dated@example.org");
        assertEquals(LocalDate.of(2025, 9, 1), ana.getEnrolledOn(), "joined on March 1 a cohort that started in September");
        records(cohort).addAll(allButCourses(ana));
        records(cohort).addAll(allButCourses(ben));

        completion(s -> s.confirm(ADMINISTRATOR, ana.getId()));
        assertEquals(LocalDate.of(2026, 2, 20), endedOn(ana), "the final evaluation, the last requirement met");

        assertEquals("enrollment.endedOn.future", assertThrows(CompletionRejected.class,
                () -> completion(s -> s.confirm(ADMINISTRATOR, ben.getId(), LocalDate.of(2026, 3, 2)))).messageKey());
        assertEquals(EnrollmentStatus.ENROLLED, statusOf(ben), "a refused date changes nothing");
        completion(s -> s.confirm(ADMINISTRATOR, ben.getId(), LocalDate.of(2026, 2, 27)));
        assertEquals(LocalDate.of(2026, 2, 27), endedOn(ben), "an administrator's stated date");
    }

    @Test
    void aPastCohortsRosterTypedInLaterCountsInTheCohortsFiscalYear() {
        Cohort past = db.inTransaction(em -> Services.on(em, CLOCK).cohorts().create(new CohortDetails("History 2020-2021",
                LocalDate.of(2020, 9, 1), LocalDate.of(2021, 6, 30), InstructionLanguage.EN, 40), CohortStatus.ACTIVE,
                USUAL, Set.of(accountId(em, FACULTY))));
        Enrollment ana = enrol(past, "ana.history@example.org");
        Enrollment ben = enrol(past, "ben.history@example.org");
        records(past).addAll(allButCourses(ana).stream().map(c -> new Credit(c.traineeId(), c.kind(), c.amount(), c.state(),
                c.date().minusYears(5))).toList());
        completion(s -> s.confirm(ADMINISTRATOR, ana.getId()));
        db.inTransaction(em -> {
            Services.on(em, CLOCK).enrollments()
                    .end(ben.getId(), EnrollmentStatus.NOT_COMPLETED, null);
            return null;
        });

        assertEquals(LocalDate.of(2021, 2, 20), endedOn(ana));
        assertEquals(LocalDate.of(2021, 6, 30), endedOn(ben), "not completed at the cohort's end");
        ImpactFigures year = db.inTransaction(em -> Services.on(em, CLOCK).impact()
                .figures(FiscalYears.parse("2020-2021", "2020-2021")));
        assertEquals(2, year.ctpParticipants());
        assertEquals(1, year.ctpCompleted());
    }

    @Test
    void aCertificateKeepsTheFiguresItWasIssuedWithWhenRecordsChangeLater() {
        Cohort cohort = cohort("Snapshot cohort");
        Enrollment ana = enrol(cohort, "ana.snapshot@example.org");
        records(cohort).addAll(allButCourses(ana));
        String code = completion(s -> s.confirm(ADMINISTRATOR, ana.getId())).getCode();

        records(cohort).add(new Credit(traineeOf(ana), CreditKind.PRACTICUM_MINUTES, 600, CreditState.EARNED, LocalDate.of(2026, 2, 2)));

        assertEquals(new BigDecimal("70.00"), completion(s -> s.board(ADMINISTRATOR, cohort.getId()).orElseThrow()).get(0).getPracticumHours());
        assertEquals(new BigDecimal("60.00"), completion(s -> s.verify(code)).orElseThrow().practicumHours());
    }

    @Test
    void certificateCodesAreUniqueAndTheDatabaseRefusesADuplicate() throws SQLException {
        Cohort cohort = cohort("Codes cohort");
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < 25; i++) {
            Enrollment enrollment = enrol(cohort, "codes" + i + "@example.org");
            db.inTransaction(em -> {
                Services.on(em, CLOCK).enrollments()
                        .end(enrollment.getId(), EnrollmentStatus.COMPLETED, null);
                return null;
            });
            codes.add(completion(s -> s.issueForCompleted(enrollment.getId(), ADMIN)).getCode());
        }
        assertEquals(25, codes.size());
        assertTrue(codes.stream().allMatch(CertificateCodes::isWellFormed));
        assertThrows(CompletionRejected.class, () -> completion(s -> s.issueForCompleted(enrol(cohort, "not.ended@example.org").getId(), ADMIN)));

        String taken = codes.iterator().next();
        long other = enrol(cohort, "duplicate@example.org").getId();
        try (Connection connection = db.dataSource().getConnection(); Statement insert = connection.createStatement()) {
            assertThrows(SQLException.class, () -> insert.executeUpdate("insert into completion_certificate (enrollment_id, code,"
                    + " issued_at, issued_by, supervision_hours, cop_meetings, practicum_hours, courses_passed, final_evaluation)"
                    + " values (" + other + ", '" + taken + "', '2026-03-01 10:00:00', 'x', 0, 0, 0, 0, false)"));
        }
    }

    private static <T> T completion(Function<Completions, T> work) {
        return db.inTransaction(em -> {
            Services services = Services.on(em, CLOCK);
            return work.apply(services.completion(List.of(services.courseCredits(),
                    cohortId -> List.copyOf(RECORDS.getOrDefault(cohortId, List.of())))));
        });
    }

    private static List<Credit> records(Cohort cohort) {
        return RECORDS.computeIfAbsent(cohort.getId(), k -> new ArrayList<>());
    }

    /** Exactly the supervision, meetings, practicum and final evaluation {@link #USUAL} asks for. */
    private static List<Credit> allButCourses(Enrollment enrollment) {
        long trainee = traineeOf(enrollment);
        List<Credit> credits = new ArrayList<>();
        for (int month = 0; month < 6; month++) {
            LocalDate day = LocalDate.of(2025, 9, 15).plusMonths(month);
            credits.add(new Credit(trainee, CreditKind.SUPERVISION_MINUTES, 240, CreditState.EARNED, day));
            credits.add(new Credit(trainee, CreditKind.COP_MEETINGS, 1, CreditState.EARNED, day));
            credits.add(new Credit(trainee, CreditKind.PRACTICUM_MINUTES, 600, CreditState.EARNED, day));
        }
        credits.add(new Credit(trainee, CreditKind.FINAL_EVALUATION, 1, CreditState.EARNED, LocalDate.of(2026, 2, 20)));
        return credits;
    }

    private static Account person(String email, Role role) {
        return db.inTransaction(em -> Services.on(em, CLOCK).accounts().create(new AccountDetails(email, "First",
                email.substring(0, email.indexOf('@')), Language.EN, EnumSet.of(role)), "long enough password", false));
    }

    private static long accountId(EntityManager em, String email) {
        return em.createQuery("select a.id from Account a where a.email = :email", Long.class)
                .setParameter("email", email).getSingleResult();
    }

    private static Cohort cohort(String name) {
        return db.inTransaction(em -> Services.on(em, CLOCK).cohorts().create(new CohortDetails(name, LocalDate.of(2025, 9, 1),
                LocalDate.of(2026, 6, 30), InstructionLanguage.EN, 40), CohortStatus.ACTIVE, USUAL, Set.of(accountId(em, FACULTY))));
    }

    private static Enrollment enrol(Cohort cohort, String email) {
        return db.inTransaction(em -> {
            Enrollment enrollment = Services.on(em, CLOCK).enrollments()
                    .enrol(cohort.getId(), email, "First", email.substring(0, email.indexOf('@')), Language.EN, EnrollmentStatus.ENROLLED);
            enrollment.getTrainee().getId();
            return enrollment;
        });
    }

    private static void withdraw(Enrollment enrollment) {
        db.inTransaction(em -> {
            Services.on(em, CLOCK).enrollments()
                    .withdraw(enrollment.getId(), LocalDate.of(2026, 3, 1), "Moved away");
            return null;
        });
    }

    private static LocalDate endedOn(Enrollment enrollment) {
        return db.inTransaction(em -> em.find(Enrollment.class, enrollment.getId()).getEndedOn());
    }

    private static EnrollmentStatus statusOf(Enrollment enrollment) {
        return db.inTransaction(em -> em.find(Enrollment.class, enrollment.getId()).getStatus());
    }

    private static long traineeOf(Enrollment enrollment) {
        return enrollment.getTrainee().getId();
    }

    private static Course course(Cohort cohort) {
        return db.inTransaction(em -> Services.on(em, CLOCK).courses().create(cohort.getId(), new CourseDetails("Foundations",
                "The model.", null, null, true, 70), accountId(em, FACULTY)));
    }

    private static Assignment assignment(Course course) {
        return db.inTransaction(em -> Services.on(em, CLOCK).courses().saveAssignment(course.getId(), null, null, new AssignmentDetails(
                "Essay", "Write it.", LocalDateTime.of(2030, 1, 10, 12, 0), GradingKind.POINTS, 10, List.of())));
    }

    private static void grade(Assignment assignment, Enrollment enrollment, String points) {
        String email = db.inTransaction(em -> em.find(Account.class, traineeOf(enrollment)).getEmail());
        Submission submission = db.inTransaction(em -> Services.on(em, CLOCK, Path.of("target", "completion-files")).submissions()
                .submit(email, assignment.getId(), "My essay", List.of()));
        db.inTransaction(em -> Services.on(em, CLOCK).grading().grade(FACULTY, submission.getId(),
                new GradeInput(new BigDecimal(points), null, null, "Good.")));
    }
}
