package org.iecmhc.lms.completion;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import jakarta.persistence.EntityManager;
import org.iecmhc.lms.cohort.Cohort;
import org.iecmhc.lms.cohort.CohortDetails;
import org.iecmhc.lms.cohort.CohortService;
import org.iecmhc.lms.cohort.CohortStatus;
import org.iecmhc.lms.cohort.CompletionRequirements;
import org.iecmhc.lms.cohort.EnrollmentService;
import org.iecmhc.lms.cohort.EnrollmentStatus;
import org.iecmhc.lms.cohort.InstructionLanguage;
import org.iecmhc.lms.course.AssignmentDetails;
import org.iecmhc.lms.course.Course;
import org.iecmhc.lms.course.CourseCredits;
import org.iecmhc.lms.course.CourseDetails;
import org.iecmhc.lms.course.CourseService;
import org.iecmhc.lms.course.GradebookService;
import org.iecmhc.lms.course.GradedWork;
import org.iecmhc.lms.course.GradingKind;
import org.iecmhc.lms.identity.AccountDetails;
import org.iecmhc.lms.identity.AccountService;
import org.iecmhc.lms.identity.PasswordHasher;
import org.iecmhc.lms.identity.Role;
import org.iecmhc.lms.platform.i18n.Language;
import org.iecmhc.lms.platform.security.Viewer;
import org.iecmhc.lms.testsupport.MutableClock;
import org.iecmhc.lms.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;

/**
 * Measures a 40-trainee cohort's completion board after a year of records, on MariaDB, and prints the times (no
 * limit is asserted: the figures go into docs/completion-benchmark.md). The course source reads real gradebooks (two
 * courses of ten graded assignments). Every other {@link CreditSource} compiled into the build is found on the class
 * path and asked for the cohort too (its own tables hold no benchmark records, so what it costs here is its queries'
 * overhead); the year of supervision, CoP, practicum and evaluation records those sources hand over is stood in for
 * by a source that returns as many credits as they would.
 */
class CompletionBenchmarkTest {

    private static final int TRAINEES = 40;
    private static final int COURSES = 2;
    private static final int ASSIGNMENTS = 10;
    private static final int RUNS = 5;
    private static final MutableClock CLOCK = new MutableClock(Instant.parse("2026-06-15T18:00:00Z"));
    private static final PasswordHasher HASHER = new PasswordHasher();
    private static final String ADMIN = "bench.admin@example.org";

    @Test
    void boardOfFortyTraineesAfterAYearOfRecords() throws Exception {
        try (TestDatabase db = TestDatabase.migrated()) {
            long faculty = db.inTransaction(em -> accounts(em).create(new AccountDetails("bench.faculty@example.org", "Bench",
                    "Faculty", Language.EN, EnumSet.of(Role.FACULTY)), "long enough password", false)).getId();
            Cohort cohort = db.inTransaction(em -> new CohortService(em).create(new CohortDetails("Benchmark cohort",
                    LocalDate.of(2025, 9, 1), LocalDate.of(2026, 6, 30), InstructionLanguage.EN, TRAINEES),
                    CohortStatus.ACTIVE, new CompletionRequirements(new BigDecimal("24"), 6, new BigDecimal("60"), true),
                    Set.of(faculty)));
            List<Long> trainees = new ArrayList<>();
            for (int t = 0; t < TRAINEES; t++) {
                String email = String.format("bench%02d@example.org", t);
                trainees.add(db.inTransaction(em -> enrollments(em).enrol(cohort.getId(), email, "Bench", email, Language.EN,
                        EnrollmentStatus.ENROLLED).getTrainee().getId()));
            }
            List<Long> assignments = new ArrayList<>();
            for (int c = 0; c < COURSES; c++) {
                int number = c;
                Course course = db.inTransaction(em -> new CourseService(em).create(cohort.getId(), new CourseDetails(
                        "Course " + number, "Benchmark", null, null, true, 70), faculty));
                for (int a = 0; a < ASSIGNMENTS; a++) {
                    int index = a;
                    assignments.add(db.inTransaction(em -> new CourseService(em).saveAssignment(course.getId(), null, null,
                            new AssignmentDetails("Assignment " + index, "Write it.", LocalDateTime.of(2026, 1, 5, 12, 0)
                                    .plusWeeks(index), GradingKind.POINTS, 10, List.of())).getId()));
                }
            }
            GradedWork.insert(db, trainees, assignments, faculty, 8);
            CreditSource yearOfRecords = new YearOfRecords(trainees);

            long[] millis = new long[RUNS];
            List<Progress> board = List.of();
            List<Class<?>> otherTypes = otherSourceTypes();
            List<String> discovered = new ArrayList<>();
            for (int run = 0; run < RUNS; run++) {
                long start = System.nanoTime();
                board = db.inTransaction(em -> {
                    List<CreditSource> sources = new ArrayList<>();
                    sources.add(new CourseCredits(em, new GradebookService(em)));
                    for (Class<?> type : otherTypes) {
                        Object source = construct(type, em, 0);
                        discovered.add(type.getSimpleName() + (source == null ? " (left out: needs more than the database)" : ""));
                        if (source != null) {
                            sources.add((CreditSource) source);
                        }
                    }
                    sources.add(yearOfRecords);
                    return new CompletionService(em, sources, enrollments(em), CLOCK)
                            .board(new Viewer(ADMIN, true), cohort.getId()).orElseThrow();
                });
                millis[run] = (System.nanoTime() - start) / 1_000_000;
            }
            long credits = yearOfRecords.creditsIn(cohort.getId()).size() + (long) TRAINEES * COURSES;
            System.out.printf("Completion board of %d trainees, %d raw credits (%d graded submissions behind the course"
                            + " credits), sources found on the class path besides courses: %s: first %d ms, then %s ms%n",
                    TRAINEES, credits, TRAINEES * assignments.size(), discovered.stream().distinct().toList(), millis[0],
                    Arrays.toString(Arrays.copyOfRange(millis, 1, RUNS)));

            assertEquals(TRAINEES, board.size());
            assertEquals(new BigDecimal("2.00"), board.get(0).getCoursesPassed());
            assertEquals(ProgressStatus.ELIGIBLE, board.get(0).status());
        }
    }

    private static AccountService accounts(EntityManager em) {
        return new AccountService(em, HASHER, CLOCK);
    }

    private static EnrollmentService enrollments(EntityManager em) {
        return new EnrollmentService(em, accounts(em), new CohortService(em), CLOCK);
    }

    /** A year of one trainee's records as the other features hand them over: weekly practicum, monthly meetings. */
    private record YearOfRecords(List<Long> trainees) implements CreditSource {
        @Override
        public List<Credit> creditsIn(long cohortId) {
            List<Credit> credits = new ArrayList<>();
            LocalDate start = LocalDate.of(2025, 9, 1);
            for (long trainee : trainees) {
                for (int week = 0; week < 40; week++) {
                    LocalDate day = start.plusWeeks(week);
                    credits.add(new Credit(trainee, CreditKind.PRACTICUM_MINUTES, 60, CreditState.EARNED, day));
                    credits.add(new Credit(trainee, CreditKind.PRACTICUM_MINUTES, 45, week % 10 == 0 ? CreditState.PENDING
                            : CreditState.EARNED, day.plusDays(2)));
                }
                for (int month = 0; month < 10; month++) {
                    LocalDate day = start.plusMonths(month);
                    credits.add(new Credit(trainee, CreditKind.SUPERVISION_MINUTES, 120, CreditState.EARNED, day));
                    credits.add(new Credit(trainee, CreditKind.SUPERVISION_MINUTES, 60, month % 5 == 0
                            ? CreditState.NOT_EARNED : CreditState.EARNED, day.plusDays(14)));
                    credits.add(new Credit(trainee, CreditKind.COP_MEETINGS, 1, month < 6 ? CreditState.EARNED
                            : CreditState.NOT_EARNED, day.plusDays(7)));
                }
                credits.add(new Credit(trainee, CreditKind.FINAL_EVALUATION, 1, CreditState.EARNED, LocalDate.of(2026, 6, 1)));
            }
            return credits;
        }
    }

    /**
     * Every concrete CreditSource of the build other than the course source. Each is made with the persistence
     * context and the clock (or services made from them); one that needs anything else is left out and named so.
     */
    private static List<Class<?>> otherSourceTypes() throws IOException, URISyntaxException {
        URL root = CreditSource.class.getClassLoader().getResource("org/iecmhc/lms");
        if (root == null || !"file".equals(root.getProtocol())) {
            return List.of();
        }
        Path base = Path.of(root.toURI()).getParent().getParent().getParent();
        List<Class<?>> types = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of(root.toURI()))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class") && !f.toString().contains("$"))
                    .sorted().toList()) {
                String name = base.relativize(file).toString().replace(file.getFileSystem().getSeparator(), ".")
                        .replaceAll("\\.class$", "");
                Class<?> type = load(name);
                if (type == null || type == CourseCredits.class || !CreditSource.class.isAssignableFrom(type)
                        || type.isInterface() || Modifier.isAbstract(type.getModifiers()) || type.isRecord()) {
                    continue;
                }
                types.add(type);
            }
        }
        return types;
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, CreditSource.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError notLoadable) {
            return null;
        }
    }

    private static Object construct(Class<?> type, EntityManager em, int depth) {
        if (type == EntityManager.class) {
            return em;
        }
        if (type == Clock.class) {
            return CLOCK;
        }
        if (depth > 2 || type.isInterface()) {
            return null;
        }
        List<Constructor<?>> constructors = Arrays.stream(type.getConstructors())
                .sorted(Comparator.comparingInt((Constructor<?> c) -> c.getParameterCount()).reversed()).toList();
        for (Constructor<?> constructor : constructors) {
            Object[] arguments = new Object[constructor.getParameterCount()];
            boolean complete = arguments.length > 0;
            for (int i = 0; i < arguments.length && complete; i++) {
                arguments[i] = construct(constructor.getParameterTypes()[i], em, depth + 1);
                complete = arguments[i] != null;
            }
            if (complete) {
                try {
                    return constructor.newInstance(arguments);
                } catch (ReflectiveOperationException notMade) {
                    return null;
                }
            }
        }
        return null;
    }
}
