package org.iecmhc.lms.completion;

import static org.iecmhc.lms.completion.CohortOfRecords.completions;
import static org.iecmhc.lms.completion.CohortOfRecords.services;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import org.iecmhc.lms.announcement.ShownAnnouncement;
import org.iecmhc.lms.calendar.CalendarEntry;
import org.iecmhc.lms.calendar.CalendarKind;
import org.iecmhc.lms.course.TraineeSummary;
import org.iecmhc.lms.home.ToDoList;
import org.iecmhc.lms.identity.AccountDetails;
import org.iecmhc.lms.identity.Role;
import org.iecmhc.lms.platform.i18n.Language;
import org.iecmhc.lms.platform.persistence.PageReads;
import org.iecmhc.lms.platform.security.Viewer;
import org.iecmhc.lms.testsupport.Services;
import org.iecmhc.lms.testsupport.StatementCounter;
import org.iecmhc.lms.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A trainee's home page costs the same statements whether their cohort has 5 trainees or 50 (issue 17, point 3):
 * their progress is computed from their own records, not the whole cohort's. The home page's service calls are made
 * as its views make them, each view in the order the page renders it, with every credit source of the application.
 */
class TraineeHomePersistenceTest {

    @RegisterExtension
    final TestDatabase db = TestDatabase.migrated();
    private final CohortOfRecords cohort = new CohortOfRecords(db, "Home");

    /**
     * Before issue 17's point 3: 32 statements, of which 17 for the progress, the same for 5 and 50 trainees. Issue 18's
     * point 3 put the to-do list (one statement per kind of item) in place of "due next". Now the announcements, the
     * to-do list, the week's calendar and the cohort, courses and recently graded together 1 (they were 4, the
     * announcements not counted here before), the own progress 2.
     */
    @Test
    void theHomeOfATraineeInACohortOfFiftyCostsNoMoreStatementsThanInACohortOfFive() {
        db.statements().assertConstantAsRowsGrow(
                "Trainee home (announcements, to-do, week, cohort, courses, graded, progress)", 3,
                cohort::enrolUpTo, this::viewHome);
    }

    /** The page's reads sent together make what each makes alone. */
    @Test
    void theHomesReadsTogetherMakeWhatEachMakesAlone() {
        cohort.enrolUpTo(5);
        long me = cohort.trainees().get(0).accountId();
        String email = cohort.email(0);
        List<Object> alone = db.inTransaction(em -> {
            Services services = services(em);
            return List.of(services.announcements().activeFor(email), services.toDoList().read(me).from(em),
                    services.personalCalendar().meetingsThisWeek(me, Locale.ENGLISH).from(em),
                    services.homeSummary().ofTrainee(email).from(em));
        });
        StatementCounter.Counted<List<Object>> together = db.statements().count(() -> db.inTransaction(em ->
                readTogether(em, me, email)));
        assertEquals(1, together.statements());
        assertEquals(alone, together.result());
        assertEquals(1, ((TraineeSummary) alone.get(3)).recentlyGraded().size(), "the summary has rows of its own");
    }

    /**
     * One query for the trainee's enrollments and certificates together with the column credit sources' records
     * (supervision, CoP, practicum, final evaluation), one for the course source; 6 with one per source, 17 when the
     * cohort was read.
     */
    @Test
    void theTraineesOwnProgressCostsOneStatementForTheEnrollmentsAndColumnSourcesAndOneForTheGradebooks() {
        db.statements().assertConstantAsRowsGrow("Trainee home: own progress", 2, cohort::enrolUpTo, this::viewProgress);
    }

    /** One statement for every calendar source, whether none, three or four of them have the person's entries. */
    @Test
    void aCalendarIsOneStatementWhateverTheNumberOfSourcesWithEntries() {
        cohort.enrolUpTo(5);
        long nobody = db.inTransaction(em -> services(em).accounts().create(new AccountDetails("nobody.home@example.org",
                "No", "Body", Language.EN, EnumSet.of(Role.TRAINEE)), "long enough password", false)).getId();
        long faculty = db.inTransaction(em -> services(em).accounts().findByEmail(cohort.facultyEmail()).orElseThrow())
                .getId();
        assertEquals(Set.of(), kindsOnCalendar(nobody));
        assertEquals(Set.of(CalendarKind.SUPERVISION, CalendarKind.PRACTICE, CalendarKind.ASSIGNMENT_DUE),
                kindsOnCalendar(faculty), "supervises, facilitates the CoP, teaches the course");
        assertEquals(Set.of(CalendarKind.SUPERVISION, CalendarKind.PRACTICE, CalendarKind.ASSIGNMENT_DUE,
                CalendarKind.PRACTICUM), kindsOnCalendar(cohort.trainees().get(0).accountId()));
    }

    /** The kinds of the person's entries of the cohort's year, after checking that they took one statement. */
    private Set<CalendarKind> kindsOnCalendar(long person) {
        StatementCounter.Counted<List<CalendarEntry>> year = db.statements().count(() -> db.inTransaction(em ->
                services(em).personalCalendar().entries(person, Locale.ENGLISH, LocalDate.of(2025, 9, 1),
                        LocalDate.of(2026, 6, 30))));
        assertEquals(1, year.statements(), "statements of the calendar of " + person);
        return year.result().stream().map(CalendarEntry::kind).collect(Collectors.toSet());
    }

    @Test
    void everyTraineesOwnProgressIsTheirRowOfTheBoard() {
        cohort.enrolUpTo(50);
        db.inTransaction(em -> {
            Completions completions = completions(em);
            Viewer faculty = new Viewer(cohort.facultyEmail(), false);
            List<Progress> board = completions.board(faculty, cohort.cohortId()).orElseThrow();
            assertEquals(50, board.size());
            for (int t = 0; t < cohort.trainees().size(); t++) {
                long enrollment = cohort.trainees().get(t).enrollmentId();
                Progress row = board.stream().filter(p -> p.getEnrollmentId() == enrollment).findFirst().orElseThrow();
                assertEquals(row, completions.progressesOf(cohort.email(t)).get("Home cohort"), cohort.email(t));
            }
            return board;
        });
    }

    /**
     * The page's statement of its views' reads, then the progress, each in a persistence context of its own, as on the
     * server, where the page runs in no transaction.
     */
    private void viewHome() {
        long me = cohort.trainees().get(0).accountId();
        TraineeSummary summary = (TraineeSummary) db.inTransaction(em -> readTogether(em, me, cohort.email(0))).get(3);
        assertEquals(List.of("Home cohort"), summary.cohorts());
        assertEquals(1, summary.courses().size());
        assertEquals(1, summary.recentlyGraded().size());
        viewProgress();
    }

    /**
     * The announcements, the to-do list, the week and the summary as the home page's views read them: kept, then asked
     * in page order.
     */
    private static List<Object> readTogether(EntityManager em, long me, String email) {
        Services services = services(em);
        PageReads reads = services.pageReads();
        Supplier<List<ShownAnnouncement>> announcements = reads.add(services.announcements().shownTo(email));
        Supplier<ToDoList.ToDo> toDo = reads.add(services.toDoList().read(me));
        Supplier<List<CalendarEntry>> week = reads.add(services.personalCalendar().meetingsThisWeek(me, Locale.ENGLISH));
        Supplier<TraineeSummary> summary = reads.add(services.homeSummary().ofTrainee(email));
        return List.of(announcements.get(), toDo.get(), week.get(), summary.get());
    }

    private void viewProgress() {
        db.inTransaction(this::checkedProgress);
    }

    private Progress checkedProgress(EntityManager em) {
        Map<String, Progress> mine = completions(em).progressesOf(cohort.email(0));
        assertEquals(Set.of("Home cohort"), mine.keySet());
        Progress progress = mine.get("Home cohort");
        YearOfRecords.Earned earned = cohort.earnedBy(cohort.trainees().get(0).accountId());
        assertEquals(earned.evaluated(), progress.isFinalEvaluationDone());
        assertEquals(new BigDecimal("1.00"), progress.getCoursesPassed());
        return progress;
    }
}
