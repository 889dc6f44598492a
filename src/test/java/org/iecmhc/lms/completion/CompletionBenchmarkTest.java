package org.iecmhc.lms.completion;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import org.iecmhc.lms.cohort.Cohort;
import org.iecmhc.lms.cohort.CohortDetails;
import org.iecmhc.lms.cohort.CohortStatus;
import org.iecmhc.lms.cohort.CompletionRequirements;
import org.iecmhc.lms.cohort.Enrollment;
import org.iecmhc.lms.cohort.EnrollmentStatus;
import org.iecmhc.lms.cohort.InstructionLanguage;
import org.iecmhc.lms.course.AssignmentDetails;
import org.iecmhc.lms.course.Course;
import org.iecmhc.lms.course.CourseDetails;
import org.iecmhc.lms.course.GradedWork;
import org.iecmhc.lms.course.GradingKind;
import org.iecmhc.lms.identity.AccountDetails;
import org.iecmhc.lms.identity.Role;
import org.iecmhc.lms.platform.i18n.Language;
import org.iecmhc.lms.platform.security.Viewer;
import org.iecmhc.lms.testsupport.MutableClock;
import org.iecmhc.lms.testsupport.Services;
import org.iecmhc.lms.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;

/**
 * Measures a 40-trainee cohort's completion board after a year of records, on MariaDB, and prints the times (no
 * limit is asserted: the figures go into docs/completion-benchmark.md). Every credit source of the application reads
 * its own tables: two courses of ten graded assignments, and a school year of supervision, Community of Practice,
 * practicum and final evaluation records ({@link YearOfRecords}). The board is also checked against what each
 * trainee earned by those records, so the benchmark cannot go fast by reading less.
 */
class CompletionBenchmarkTest {

    private static final int TRAINEES = 40;
    private static final int COURSES = 2;
    private static final int ASSIGNMENTS = 10;
    private static final int RUNS = 5;
    private static final MutableClock CLOCK = new MutableClock(Instant.parse("2026-06-15T18:00:00Z"));
    private static final String ADMIN = "bench.admin@example.org";

    @Test
    void boardOfFortyTraineesAfterAYearOfRecords() throws Exception {
        try (TestDatabase db = TestDatabase.migrated()) {
            long faculty = db.inTransaction(em -> services(em).accounts().create(new AccountDetails("bench.faculty@example.org", "Bench",
                    "Faculty", Language.EN, EnumSet.of(Role.FACULTY)), "long enough password", false)).getId();
            Cohort cohort = db.inTransaction(em -> services(em).cohorts().create(new CohortDetails("Benchmark cohort",
                    LocalDate.of(2025, 9, 1), LocalDate.of(2026, 6, 30), InstructionLanguage.EN, TRAINEES),
                    CohortStatus.ACTIVE, new CompletionRequirements(new BigDecimal("24"), 6, new BigDecimal("60"), true),
                    Set.of(faculty)));
            List<YearOfRecords.Trainee> trainees = new ArrayList<>();
            for (int t = 0; t < TRAINEES; t++) {
                String email = String.format("bench%02d@example.org", t);
                trainees.add(db.inTransaction(em -> {
                    Enrollment enrollment = services(em).enrollments().enrol(cohort.getId(), email, "Bench", email, Language.EN,
                            EnrollmentStatus.ENROLLED);
                    return new YearOfRecords.Trainee(enrollment.getTrainee().getId(), enrollment.getId());
                }));
            }
            List<Long> assignments = new ArrayList<>();
            for (int c = 0; c < COURSES; c++) {
                int number = c;
                Course course = db.inTransaction(em -> services(em).courses().create(cohort.getId(), new CourseDetails(
                        "Course " + number, "Benchmark", null, null, true, 70), faculty));
                for (int a = 0; a < ASSIGNMENTS; a++) {
                    int index = a;
                    assignments.add(db.inTransaction(em -> services(em).courses().saveAssignment(course.getId(), null, null,
                            new AssignmentDetails("Assignment " + index, "Write it.", LocalDateTime.of(2026, 1, 5, 12, 0)
                                    .plusWeeks(index), GradingKind.POINTS, 10, List.of())).getId()));
                }
            }
            GradedWork.insert(db, trainees.stream().map(YearOfRecords.Trainee::accountId).toList(), assignments, faculty, 8);
            YearOfRecords year = new YearOfRecords();
            year.insert(db, cohort.getId(), faculty, trainees);

            long[] millis = new long[RUNS];
            List<Progress> board = List.of();
            for (int run = 0; run < RUNS; run++) {
                long start = System.nanoTime();
                board = db.inTransaction(em -> {
                    Services services = services(em);
                    return services.completion(sources(services)).board(new Viewer(ADMIN, true), cohort.getId()).orElseThrow();
                });
                millis[run] = (System.nanoTime() - start) / 1_000_000;
            }
            Map<CreditKind, Long> credits = db.inTransaction(em -> sources(services(em)).stream()
                    .flatMap(source -> source.creditsIn(cohort.getId()).stream())
                    .collect(Collectors.groupingBy(Credit::kind, () -> new EnumMap<>(CreditKind.class), Collectors.counting())));
            Map<String, Integer> rows = new TreeMap<>(year.rows());
            rows.put("submission", TRAINEES * assignments.size());
            System.out.printf("Completion board of %d trainees: credits per kind %s (%d in all) from %d records %s:"
                            + " first %d ms, then %s ms%n", board.size(), credits,
                    credits.values().stream().mapToLong(Long::longValue).sum(),
                    rows.values().stream().mapToInt(Integer::intValue).sum(), rows, millis[0],
                    Arrays.toString(Arrays.copyOfRange(millis, 1, RUNS)));

            assertEquals(EnumSet.allOf(CreditKind.class), credits.keySet());
            assertEquals(TRAINEES, board.size());
            for (Progress progress : board) {
                YearOfRecords.Earned earned = year.earnedBy(progress.member().traineeId());
                String who = progress.getTraineeName();
                assertEquals(hours(earned.supervisionMinutes()), progress.getSupervisionHours(), who);
                assertEquals(hours(earned.practicumMinutes()), progress.getPracticumHours(), who);
                assertEquals(new BigDecimal(earned.copMeetings()).setScale(2), progress.getCopMeetings(), who);
                assertEquals(earned.evaluated(), progress.isFinalEvaluationDone(), who);
                assertEquals(new BigDecimal("2.00"), progress.getCoursesPassed(), who);
            }
            // Worked out by hand from the patterns: 36 reviewed weeks of two 60-minute entries, five of them returned.
            assertEquals(new BigDecimal("67.00"), rowOf(board, trainees.get(0)).getPracticumHours());
            assertEquals(ProgressStatus.ELIGIBLE, rowOf(board, trainees.get(1)).status());
            assertEquals(TRAINEES / 10, board.stream().filter(p -> !p.isFinalEvaluationDone()).count());
        }
    }

    /** The sources the application hands the completion service, made as its CDI container would make them. */
    private static List<CreditSource> sources(Services services) {
        return List.of(services.courseCredits(), services.supervisionCredits(), services.practiceCredits(),
                services.practicumCredits(), services.finalEvaluationCredits());
    }

    private static Progress rowOf(List<Progress> board, YearOfRecords.Trainee trainee) {
        return board.stream().filter(p -> p.member().traineeId() == trainee.accountId()).findFirst().orElseThrow();
    }

    private static BigDecimal hours(int minutes) {
        return new BigDecimal(minutes).divide(new BigDecimal(60), 2, RoundingMode.HALF_UP);
    }

    private static Services services(EntityManager em) {
        return Services.on(em, CLOCK);
    }
}
