package org.iecmhc.lms.course;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.iecmhc.lms.cohort.Cohort;
import org.iecmhc.lms.cohort.InstructionLanguage;
import org.iecmhc.lms.platform.time.PacificTime;
import org.junit.jupiter.api.Test;

/** Rubric totals, the range of a score typed by hand, late flags and the Pacific due time. */
class AssignmentRulesTest {

    private static final LocalDateTime DUE = LocalDateTime.of(2026, 3, 3, 1, 0);

    private final Course course = new Course(new Cohort("2025-2026", LocalDate.of(2025, 9, 1), LocalDate.of(2026, 6, 30),
            InstructionLanguage.values()[0], 20), new CourseDetails("Foundations", null, null, null, true, 70), null);

    private final Assignment rubric = new Assignment(course, new AssignmentDetails("Reflection", null, DUE, GradingKind.POINTS, 0,
            List.of(new AssignmentDetails.Criterion("Observation", List.of(level("Emerging", 2), level("Proficient", 6))),
                    new AssignmentDetails.Criterion("Reflection", List.of(level("Emerging", 1), level("Strong", 4))))));

    @Test
    void aRubricsMaximumIsTheSumOfEachCriterionsBestLevel() {
        assertEquals(10, rubric.getMaxPoints());
    }

    @Test
    void theRubricTotalIsTheSumOfTheChosenLevels() {
        assertEquals(7, rubric.rubricPoints(List.of(levelOf(0, 1), levelOf(1, 0))));
        assertEquals(3, rubric.rubricPoints(List.of(levelOf(0, 0), levelOf(1, 0))));
        assertEquals(10, rubric.rubricPoints(List.of(levelOf(1, 1), levelOf(0, 1))));
    }

    @Test
    void aRubricScoreNeedsExactlyOneLevelOfEveryCriterion() {
        CourseRejected missing = assertThrows(CourseRejected.class, () -> rubric.rubricPoints(List.of(levelOf(0, 1))));
        assertEquals("grading.rubric.incomplete", missing.messageKey());
        CourseRejected twice = assertThrows(CourseRejected.class,
                () -> rubric.rubricPoints(List.of(levelOf(0, 0), levelOf(0, 1), levelOf(1, 0))));
        assertEquals("grading.rubric.incomplete", twice.messageKey());
    }

    @Test
    void aLevelOfAnotherAssignmentsRubricIsRefused() {
        Assignment other = new Assignment(course, new AssignmentDetails("Other", null, DUE, GradingKind.POINTS, 0,
                List.of(new AssignmentDetails.Criterion("Only", List.of(level("Low", 0), level("High", 5))))));
        RubricLevel foreign = other.getCriteria().get(0).getLevels().get(1);
        CourseRejected rejected = assertThrows(CourseRejected.class,
                () -> rubric.rubricPoints(List.of(levelOf(0, 0), levelOf(1, 0), foreign)));
        assertEquals("grading.rubric.foreignLevel", rejected.messageKey());
    }

    @Test
    void pointsTypedByHandMustLieBetweenZeroAndTheMaximum() {
        Assignment points = new Assignment(course, new AssignmentDetails("Essay", null, DUE, GradingKind.POINTS, 20, List.of()));
        assertEquals(new BigDecimal("20"), points.checkedPoints(new BigDecimal("20")));
        assertEquals(BigDecimal.ZERO, points.checkedPoints(BigDecimal.ZERO));
        assertEquals(new BigDecimal("12.5"), points.checkedPoints(new BigDecimal("12.5")));
        assertEquals("grading.points.outOfRange",
                assertThrows(CourseRejected.class, () -> points.checkedPoints(new BigDecimal("20.5"))).messageKey());
        assertEquals("grading.points.outOfRange",
                assertThrows(CourseRejected.class, () -> points.checkedPoints(new BigDecimal("-1"))).messageKey());
        assertEquals("grading.points.required", assertThrows(CourseRejected.class, () -> points.checkedPoints(null)).messageKey());
    }

    @Test
    void workIsLateOnlyAfterTheDueTime() {
        assertFalse(rubric.isLate(DUE.minusMinutes(1)));
        assertFalse(rubric.isLate(DUE), "on the minute is on time");
        assertTrue(rubric.isLate(DUE.plusSeconds(1)));
    }

    @Test
    void eachAttemptCarriesItsOwnLateFlagAndTheSubmissionTheLatest() {
        Submission submission = new Submission(rubric, null);
        SubmissionAttempt onTime = submission.handIn("first", List.of(), DUE.minusHours(2));
        SubmissionAttempt late = submission.handIn("second", List.of(), DUE.plusHours(2));
        assertFalse(onTime.isLate());
        assertTrue(late.isLate());
        assertTrue(submission.isLate());
        assertEquals(2, submission.getAttempts().size());
        assertEquals(SubmissionStatus.SUBMITTED, submission.getStatus());
    }

    @Test
    void gradedWorkCannotBeHandedInAgainButReturnedWorkCan() {
        Submission submission = new Submission(rubric, null);
        submission.handIn("first", List.of(), DUE.minusHours(2));
        submission.returnForRevision("Please add an observation.", null, DUE);
        assertTrue(submission.isOpenForResubmission());
        submission.handIn("revised", List.of(), DUE.plusHours(1));
        submission.grade(new BigDecimal("7"), java.util.Map.of(), "Good", null, DUE.plusHours(3));
        assertEquals("submission.alreadyGraded",
                assertThrows(CourseRejected.class, () -> submission.handIn("third", List.of(), DUE.plusHours(4))).messageKey());
    }

    @Test
    void returningForRevisionNeedsFeedback() {
        Submission submission = new Submission(rubric, null);
        submission.handIn("first", List.of(), DUE);
        assertEquals("grading.feedback.requiredForRevision",
                assertThrows(CourseRejected.class, () -> submission.returnForRevision(" ", null, DUE)).messageKey());
    }

    @Test
    void dueTimesAreTypedInPacificTimeAndStoredInUtc() {
        assertEquals(LocalDateTime.of(2026, 3, 3, 1, 0), PacificTime.toUtc(LocalDateTime.of(2026, 3, 2, 17, 0)), "PST is UTC-8");
        assertEquals(LocalDateTime.of(2026, 7, 1, 0, 0), PacificTime.toUtc(LocalDateTime.of(2026, 6, 30, 17, 0)), "PDT is UTC-7");
        assertEquals("2026-03-02 17:00 PT", PacificTime.format(DUE));
    }

    @Test
    void aRubricNeedsTwoLevelsPerCriterionAndPointsGrading() {
        AssignmentDetails oneLevel = new AssignmentDetails("X", null, DUE, GradingKind.POINTS, 0,
                List.of(new AssignmentDetails.Criterion("C", List.of(level("Only", 3)))));
        assertEquals("assignment.rubric.twoLevels", assertThrows(CourseRejected.class, () -> AssignmentRules.check(oneLevel)).messageKey());
        AssignmentDetails completion = new AssignmentDetails("X", null, DUE, GradingKind.COMPLETE_INCOMPLETE, 1,
                List.of(new AssignmentDetails.Criterion("C", List.of(level("A", 0), level("B", 1)))));
        assertEquals("assignment.rubric.needsPoints",
                assertThrows(CourseRejected.class, () -> AssignmentRules.check(completion)).messageKey());
    }

    private RubricLevel levelOf(int criterion, int level) {
        return rubric.getCriteria().get(criterion).getLevels().get(level);
    }

    private static AssignmentDetails.Level level(String title, int points) {
        return new AssignmentDetails.Level(title, points);
    }
}
