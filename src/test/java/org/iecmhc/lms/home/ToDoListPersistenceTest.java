package org.iecmhc.lms.home;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.iecmhc.lms.cohort.CohortDetails;
import org.iecmhc.lms.cohort.CohortStatus;
import org.iecmhc.lms.cohort.CompletionRequirements;
import org.iecmhc.lms.cohort.EnrollmentStatus;
import org.iecmhc.lms.cohort.InstructionLanguage;
import org.iecmhc.lms.course.AssignmentDetails;
import org.iecmhc.lms.course.CourseDetails;
import org.iecmhc.lms.course.GradingKind;
import org.iecmhc.lms.evaluation.Answer;
import org.iecmhc.lms.evaluation.QuestionKind;
import org.iecmhc.lms.evaluation.SurveyQuestion;
import org.iecmhc.lms.home.ToDoList.ToDo;
import org.iecmhc.lms.identity.AccountDetails;
import org.iecmhc.lms.identity.Role;
import org.iecmhc.lms.platform.i18n.Language;
import org.iecmhc.lms.practicum.EntryDetails;
import org.iecmhc.lms.practicum.LogEntry;
import org.iecmhc.lms.practicum.PlacementDetails;
import org.iecmhc.lms.practicum.PlacementStatus;
import org.iecmhc.lms.practicum.PracticumActivity;
import org.iecmhc.lms.provider.ProviderDetails;
import org.iecmhc.lms.provider.ProviderKind;
import org.iecmhc.lms.provider.ServiceLanguage;
import org.iecmhc.lms.testsupport.Services;
import org.iecmhc.lms.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A trainee's to-do list gathers, by date, the work they have not handed in (late work marked overdue), work returned
 * for revision, the evaluation of a course in its last week, and practicum entries faculty returned; what is done
 * leaves it, another trainee's records never appear, and it costs one statement per kind of item however long it is.
 */
class ToDoListPersistenceTest {

    /** 2026-01-15, noon in California. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-15T20:00:00Z"), ZoneOffset.UTC);
    private static final LocalDate START = LocalDate.of(2025, 9, 1);
    private static final LocalDate END = LocalDate.of(2026, 5, 31);

    @RegisterExtension
    final TestDatabase db = TestDatabase.migrated();

    /** A cohort with a course in its last week and one that runs on, a trainee placed with a provider, another not. */
    private record World(String faculty, String trainee, long traineeId, String other, long otherId, long ending,
                         long runningOn, long placement) {
    }

    @Test
    void everyKindOfItemIsListedByDateWithItsPageAndOnlyLateWorkIsOverdue() {
        World w = world("Kinds");
        long overdue = assignment(w.ending(), "Overdue essay", LocalDateTime.of(2026, 1, 10, 1, 0));
        long reading = assignment(w.ending(), "Reading check", LocalDateTime.of(2026, 1, 18, 1, 0));
        long revise = assignment(w.runningOn(), "Case notes", LocalDateTime.of(2026, 1, 12, 1, 0));
        long handedIn = assignment(w.runningOn(), "Handed in early", LocalDateTime.of(2026, 1, 25, 1, 0));
        in(s -> s.submissions().submit(w.trainee(), handedIn, "Done.", List.of()));
        long caseNotes = in(s -> s.submissions().submit(w.trainee(), revise, "First try.", List.of())).getId();
        in(s -> s.grading().returnForRevision(w.faculty(), caseNotes, "Please add the provider's view."));
        LogEntry returned = logEntry(w, LocalDate.of(2026, 1, 8));
        in(s -> s.logReview().giveBack(w.faculty(), returned.getId(), returned.getVersion(), "Which classroom?"));
        LogEntry approved = logEntry(w, LocalDate.of(2026, 1, 9));
        in(s -> s.logReview().approve(w.faculty(), approved.getId(), approved.getVersion()));

        ToDo toDo = toDoOf(w.traineeId());

        assertEquals(List.of("Overdue essay", "Case notes", "2026-01-08", "Reading check", "Ending course"),
                toDo.items().stream().map(ToDoItem::title).toList(), "by date; the approved entry, handed-in work and"
                        + " the course running on are not there");
        assertEquals(List.of("home.todo.kind.assignment", "home.todo.kind.revision", "home.todo.kind.practicum",
                "home.todo.kind.assignment", "home.todo.kind.evaluation"), toDo.items().stream().map(ToDoItem::kindKey).toList());
        assertEquals(List.of("/course/assignment.xhtml?id=" + overdue, "/course/assignment.xhtml?id=" + revise,
                        "/practicum/log.xhtml?placement=" + w.placement(), "/course/assignment.xhtml?id=" + reading,
                        "/evaluation/course.xhtml?course=" + w.ending()),
                toDo.items().stream().map(ToDoItem::page).toList());
        assertEquals(List.of(true, false, false, false, false), toDo.items().stream().map(ToDoItem::overdue).toList());
        assertEquals(0, toDo.more());
    }

    @Test
    void whatIsDoneLeavesTheListAndAnotherTraineesReturnsNeverJoinIt() {
        World w = world("Done");
        long reading = assignment(w.ending(), "Reading check", LocalDateTime.of(2026, 1, 18, 1, 0));
        long revise = assignment(w.ending(), "Case notes", LocalDateTime.of(2026, 1, 12, 1, 0));
        long caseNotes = in(s -> s.submissions().submit(w.trainee(), revise, "First try.", List.of())).getId();
        in(s -> s.grading().returnForRevision(w.faculty(), caseNotes, "Please add the provider's view."));
        LogEntry returned = logEntry(w, LocalDate.of(2026, 1, 8));
        in(s -> s.logReview().giveBack(w.faculty(), returned.getId(), returned.getVersion(), "Which classroom?"));

        List<String> others = List.of("home.todo.kind.assignment: Case notes", "home.todo.kind.assignment: Reading check",
                "home.todo.kind.evaluation: Ending course");
        assertEquals(others, kindsAndTitles(w.otherId()), "the cohort's work and evaluation, not the first trainee's returns");

        in(s -> s.submissions().submit(w.trainee(), reading, "Read it.", List.of()));
        in(s -> s.submissions().submit(w.trainee(), revise, "Second try, with the provider's view.", List.of()));
        in(s -> s.practicumLog().change(w.trainee(), returned.getId(), returned.getVersion() + 1, new EntryDetails(
                LocalDate.of(2026, 1, 8), LocalTime.of(9, 0), 60, PracticumActivity.OBSERVATION, "The toddler room.")));
        answerEvaluation(w.trainee(), w.ending());

        assertTrue(titles(w.traineeId()).isEmpty(), "handed in, resubmitted, corrected and answered");
        assertEquals(others, kindsAndTitles(w.otherId()));
    }

    @Test
    void aLongListShowsTheFirstTwentyAndHowManyMoreInOneStatement() {
        World w = world("Long");
        for (int i = 1; i <= ToDoList.MAX + 3; i++) {
            assignment(w.runningOn(), String.format("Weekly reflection %02d", i), LocalDateTime.of(2026, 2, 1, 1, 0).plusWeeks(i));
        }
        var counted = db.statements().count(() -> toDoOf(w.otherId()));
        ToDo toDo = counted.result();
        assertEquals(ToDoList.MAX, toDo.items().size());
        assertEquals("Ending course", toDo.items().get(0).title(), "the evaluation's date comes first");
        assertEquals("Weekly reflection 19", toDo.items().get(ToDoList.MAX - 1).title());
        assertEquals(4, toDo.more(), "the four reflections left out");
        assertEquals(1, counted.statements(), "every kind's first items and counts in one statement (was one per kind and"
                + " a count of the kind that filled its bound)");

        var few = db.statements().count(() -> toDoOf(w.traineeId()));
        assertEquals(ToDoList.MAX, few.result().items().size());
        db.statements().assertStatementsAtMost(1, () -> toDoOf(w.traineeId()));
    }

    @Test
    void aClosedCohortAsksForNothingMore() {
        World w = world("Closed");
        assignment(w.ending(), "Reading check", LocalDateTime.of(2026, 1, 18, 1, 0));
        assertFalse(titles(w.traineeId()).isEmpty());
        in(s -> {
            s.em().createQuery("update Cohort c set c.status = :closed where c.name = :name")
                    .setParameter("closed", CohortStatus.CLOSED).setParameter("name", "Closed cohort").executeUpdate();
            return null;
        });
        assertTrue(titles(w.traineeId()).isEmpty());
    }

    private List<String> kindsAndTitles(long traineeId) {
        return toDoOf(traineeId).items().stream().map(i -> i.kindKey() + ": " + i.title()).toList();
    }

    private List<String> titles(long traineeId) {
        return toDoOf(traineeId).items().stream().map(ToDoItem::title).toList();
    }

    private World world(String prefix) {
        String lower = prefix.toLowerCase();
        String admin = account(lower + ".admin@example.org", Role.ADMINISTRATOR);
        String faculty = account(lower + ".faculty@example.org", Role.FACULTY);
        long facultyId = in(s -> s.accounts().findByEmail(faculty).orElseThrow().getId());
        long cohort = in(s -> s.cohorts().create(new CohortDetails(prefix + " cohort", START, END, InstructionLanguage.EN, 40),
                CohortStatus.ACTIVE, new CompletionRequirements(new BigDecimal("24"), 6, new BigDecimal("60"), true),
                Set.of(facultyId)).getId());
        String trainee = lower + ".trainee@example.org";
        String other = lower + ".other@example.org";
        var enrollment = in(s -> s.enrollments().enrol(cohort, trainee, "Tess", "Trainee", Language.EN, EnrollmentStatus.ENROLLED));
        var otherEnrollment = in(s -> s.enrollments().enrol(cohort, other, "Omar", "Other", Language.EN, EnrollmentStatus.ENROLLED));
        long ending = in(s -> s.courses().create(cohort, new CourseDetails("Ending course", "Its last week.", START,
                LocalDate.of(2026, 1, 20), true, 70), facultyId)).getId();
        long runningOn = in(s -> s.courses().create(cohort, new CourseDetails("Running course", "Until spring.", START,
                LocalDate.of(2026, 4, 30), true, 70), facultyId)).getId();
        long provider = in(s -> {
            var added = s.providers().add(new ProviderDetails(prefix + " Little Acorns", ProviderKind.CENTER_BASED,
                    "06001", "Oakland", null, "Maya", null, null, EnumSet.of(ServiceLanguage.EN)));
            s.em().flush();
            return added.getId();
        });
        long placement = in(s -> s.placements().create(admin, new PlacementDetails(enrollment.getId(), provider,
                "Maya Brooks", "maya@example.org", START, END, PlacementStatus.ACTIVE)).getId());
        return new World(faculty, trainee, enrollment.getTrainee().getId(), other, otherEnrollment.getTrainee().getId(),
                ending, runningOn, placement);
    }

    private String account(String email, Role role) {
        in(s -> s.accounts().create(new AccountDetails(email, "First", "Last", Language.EN, EnumSet.of(role)),
                "long enough password", false));
        return email;
    }

    private long assignment(long course, String title, LocalDateTime dueUtc) {
        return in(s -> s.courses().saveAssignment(course, null, null, new AssignmentDetails(title, "Do it.", dueUtc,
                GradingKind.POINTS, 10, List.of()))).getId();
    }

    private LogEntry logEntry(World w, LocalDate day) {
        return in(s -> s.practicumLog().log(w.trainee(), w.placement(), new EntryDetails(day, LocalTime.of(9, 0), 60,
                PracticumActivity.OBSERVATION, "Observed the toddler room.")));
    }

    private void answerEvaluation(String trainee, long course) {
        in(s -> {
            Map<Long, Answer> answers = new HashMap<>();
            for (SurveyQuestion question : s.courseEvaluations().templateOf(s.courseEvaluations().courseFor(trainee, course))
                    .getQuestions()) {
                answers.put(question.getId(), question.getKind() == QuestionKind.LIKERT ? new Answer(4, null, null)
                        : question.getKind() == QuestionKind.YES_NO ? new Answer(null, true, null) : new Answer(null, null, null));
            }
            s.courseEvaluations().submit(trainee, course, answers);
            return null;
        });
    }

    /** The trainee's to-do list, read alone. */
    private ToDo toDoOf(long traineeId) {
        return in(s -> s.toDoList().read(traineeId).from(s.em()));
    }

    private <T> T in(Function<Services, T> work) {
        return db.inTransaction(em -> work.apply(Services.on(em, CLOCK)));
    }
}
