package org.iecmhc.lms.completion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.iecmhc.lms.cohort.CompletionRequirements;
import org.iecmhc.lms.cohort.EnrollmentStatus;
import org.junit.jupiter.api.Test;

/** Progress from raw credits: what counts, what is pending, who is eligible, behind or withdrawn. */
class ProgressRulesTest {

    private static final LocalDate START = LocalDate.of(2025, 9, 1);
    private static final LocalDate END = LocalDate.of(2026, 6, 30);
    private static final LocalDate AFTER_END = LocalDate.of(2026, 7, 15);
    private static final CompletionRequirements USUAL = new CompletionRequirements(new BigDecimal("24"), 6, new BigDecimal("60"), true);

    private static final Member ANA = new Member(1, 101, "Ana García", EnrollmentStatus.ENROLLED);
    private static final Member BEN = new Member(2, 102, "Ben Ode", EnrollmentStatus.ENROLLED);
    private static final Member CARA = new Member(3, 103, "Cara Lee", EnrollmentStatus.ENROLLED);

    @Test
    void aGroupSessionCountsOnlyForThoseWhoWerePresent() {
        List<Credit> credits = new ArrayList<>();
        LocalDate session = LocalDate.of(2025, 10, 6);
        credits.add(credit(101, CreditKind.SUPERVISION_MINUTES, 90, CreditState.EARNED, session));
        credits.add(credit(102, CreditKind.SUPERVISION_MINUTES, 90, CreditState.NOT_EARNED, session));
        credits.add(credit(103, CreditKind.SUPERVISION_MINUTES, 90, CreditState.EARNED, session));
        credits.add(credit(101, CreditKind.COP_MEETINGS, 1, CreditState.EARNED, session));
        credits.add(credit(102, CreditKind.COP_MEETINGS, 1, CreditState.NOT_EARNED, session));

        List<Progress> progress = compute(USUAL, List.of(ANA, BEN, CARA), credits, LocalDate.of(2025, 10, 7));

        assertEquals(new BigDecimal("1.50"), progress.get(0).getSupervisionHours());
        assertEquals(new BigDecimal("0.00"), progress.get(1).getSupervisionHours());
        assertEquals(new BigDecimal("0.00"), progress.get(1).figure(CreditKind.SUPERVISION_MINUTES).pending(),
                "an absence is not pending either");
        assertEquals(new BigDecimal("1.50"), progress.get(2).getSupervisionHours());
        assertEquals(6, progress.get(0).figure(CreditKind.SUPERVISION_MINUTES).percent(), "1.5 of 24 hours, rounded down");
        assertEquals(new BigDecimal("1.00"), progress.get(0).getCopMeetings());
        assertEquals(new BigDecimal("0.00"), progress.get(2).getCopMeetings(), "no record at all counts as nothing");
    }

    @Test
    void aSessionStillToComeIsScheduledNotAwaitingApproval() {
        LocalDate today = LocalDate.of(2025, 11, 20);
        List<Credit> credits = List.of(
                credit(101, CreditKind.SUPERVISION_MINUTES, 60, CreditState.EARNED, today.minusDays(14)),
                credit(101, CreditKind.SUPERVISION_MINUTES, 60, CreditState.PENDING, today.minusDays(1)),
                credit(101, CreditKind.SUPERVISION_MINUTES, 90, CreditState.PENDING, today.plusDays(1)),
                credit(101, CreditKind.SUPERVISION_MINUTES, 60, CreditState.PENDING, today.plusDays(14)));

        Figure supervision = compute(USUAL, List.of(ANA), credits, today).get(0).figure(CreditKind.SUPERVISION_MINUTES);

        assertEquals(new BigDecimal("1.00"), supervision.earned());
        assertEquals(new BigDecimal("1.00"), supervision.pending(), "held yesterday, attendance not taken yet");
        assertEquals(new BigDecimal("2.50"), supervision.scheduled(), "tomorrow's and the one in two weeks");
    }

    @Test
    void theDayTheLastRequirementWasMetIsWhenEachTotalReachedWhatIsRequired() {
        CompletionRequirements small = new CompletionRequirements(new BigDecimal("2"), 1, BigDecimal.ZERO, false);
        List<Credit> credits = List.of(
                credit(101, CreditKind.SUPERVISION_MINUTES, 60, CreditState.EARNED, START.plusDays(10)),
                credit(101, CreditKind.SUPERVISION_MINUTES, 60, CreditState.EARNED, START.plusDays(30)),
                credit(101, CreditKind.SUPERVISION_MINUTES, 60, CreditState.EARNED, START.plusDays(50)),
                credit(101, CreditKind.COP_MEETINGS, 1, CreditState.EARNED, START.plusDays(20)),
                credit(102, CreditKind.COP_MEETINGS, 1, CreditState.EARNED, START.plusDays(20)));

        List<Progress> progress = compute(small, List.of(ANA, BEN), credits, START.plusDays(60));

        assertEquals(START.plusDays(30), progress.get(0).requirementsMetOn(), "the second hour of supervision");
        assertEquals(null, progress.get(1).requirementsMetOn(), "not met yet");
    }

    @Test
    void returnedLogsDoNotCountAndUnapprovedOnesArePendingOnly() {
        List<Credit> credits = List.of(
                credit(101, CreditKind.PRACTICUM_MINUTES, 600, CreditState.EARNED, START.plusDays(20)),
                credit(101, CreditKind.PRACTICUM_MINUTES, 45, CreditState.PENDING, START.plusDays(40)),
                credit(101, CreditKind.PRACTICUM_MINUTES, 120, CreditState.NOT_EARNED, START.plusDays(41)),
                credit(101, CreditKind.PRACTICUM_MINUTES, 10, CreditState.EARNED, START.plusDays(42)));

        Figure practicum = compute(USUAL, List.of(ANA), credits, START.plusDays(50)).get(0).figure(CreditKind.PRACTICUM_MINUTES);

        assertEquals(new BigDecimal("10.17"), practicum.earned(), "610 minutes, two decimals");
        assertEquals(new BigDecimal("0.75"), practicum.pending());
        assertEquals(new BigDecimal("60.00"), practicum.required());
        assertEquals(16, practicum.percent());
        assertFalse(practicum.met());
    }

    @Test
    void everyRequirementMetMakesAnEnrolledTraineeEligibleAndPercentsStopAtOneHundred() {
        List<Credit> credits = new ArrayList<>(allMet(101));
        credits.add(credit(101, CreditKind.PRACTICUM_MINUTES, 600, CreditState.EARNED, START.plusDays(100)));

        Progress ana = compute(USUAL, List.of(ANA), credits, START.plusDays(200)).get(0);

        assertEquals(ProgressStatus.ELIGIBLE, ana.status());
        assertTrue(ana.isEligible());
        assertEquals(List.of(), ana.missing());
        assertEquals(new BigDecimal("70.00"), ana.getPracticumHours());
        assertEquals(100, ana.figure(CreditKind.PRACTICUM_MINUTES).percent());
        assertEquals(100, ana.overallPercent());
        assertEquals(new BigDecimal("2.00"), ana.getCoursesPassed());
        assertEquals(new BigDecimal("2.00"), ana.figure(CreditKind.COURSES_PASSED).required());
        assertTrue(ana.isFinalEvaluationDone());
    }

    @Test
    void aWithdrawnTraineeIsListedAsWithdrawnAndNeverEligibleWhateverTheRecords() {
        Member withdrawn = new Member(4, 104, "Dana Ruiz", EnrollmentStatus.WITHDRAWN);

        Progress dana = compute(USUAL, List.of(withdrawn), allMet(104), START.plusDays(200)).get(0);

        assertEquals(ProgressStatus.WITHDRAWN, dana.status());
        assertFalse(dana.isEligible());
        assertEquals(new BigDecimal("24.00"), dana.getSupervisionHours(), "the figures are still shown");
    }

    @Test
    void anAppliedTraineeIsNotEligibleAndFinishedEnrollmentsKeepTheirOutcome() {
        List<Member> members = List.of(new Member(5, 105, "Eli Applied", EnrollmentStatus.APPLIED),
                new Member(6, 106, "Fay Done", EnrollmentStatus.COMPLETED),
                new Member(7, 107, "Gus Short", EnrollmentStatus.NOT_COMPLETED));
        List<Credit> credits = new ArrayList<>(allMet(105));
        credits.addAll(allMet(107));

        List<Progress> progress = compute(USUAL, members, credits, START.plusDays(10));

        assertEquals(ProgressStatus.ON_TRACK, progress.get(0).status());
        assertEquals(ProgressStatus.COMPLETED, progress.get(1).status());
        assertEquals(ProgressStatus.NOT_COMPLETED, progress.get(2).status());
    }

    @Test
    void aRequirementRaisedMidYearChangesEveryonesProgress() {
        List<Credit> credits = new ArrayList<>(allMet(101));
        credits.addAll(allMet(102));
        LocalDate march = LocalDate.of(2026, 3, 1);
        assertTrue(compute(USUAL, List.of(ANA, BEN), credits, march).stream().allMatch(Progress::isEligible));

        CompletionRequirements raised = new CompletionRequirements(new BigDecimal("30"), 8, new BigDecimal("60"), true);
        List<Progress> after = compute(raised, List.of(ANA, BEN), credits, march);

        for (Progress progress : after) {
            assertFalse(progress.isEligible());
            assertEquals(List.of(CreditKind.SUPERVISION_MINUTES, CreditKind.COP_MEETINGS), progress.missing());
            assertEquals(80, progress.figure(CreditKind.SUPERVISION_MINUTES).percent());
            assertEquals(75, progress.figure(CreditKind.COP_MEETINGS).percent());
            assertEquals(new BigDecimal("30.00"), progress.figure(CreditKind.SUPERVISION_MINUTES).required());
        }
    }

    @Test
    void withNothingRequiredAnEnrolledTraineeWithNoRecordsIsEligible() {
        CompletionRequirements none = new CompletionRequirements(BigDecimal.ZERO, 0, BigDecimal.ZERO, false);

        Progress ana = compute(none, List.of(ANA), List.of(), START.plusDays(30)).get(0);

        assertEquals(ProgressStatus.ELIGIBLE, ana.status());
        assertEquals(100, ana.overallPercent());
        assertTrue(ana.getRequiredFigures().isEmpty());
        assertEquals(100, ana.figure(CreditKind.PRACTICUM_MINUTES).percent());
    }

    @Test
    void noCreditsAtAllIsOnTrackAtTheStartBehindLaterAndMissesEverything() {
        Progress early = compute(USUAL, List.of(ANA), List.of(), START.plusDays(20)).get(0);
        assertEquals(ProgressStatus.ON_TRACK, early.status());
        assertEquals(0, early.overallPercent());
        assertEquals(List.of(CreditKind.SUPERVISION_MINUTES, CreditKind.COP_MEETINGS, CreditKind.PRACTICUM_MINUTES,
                CreditKind.FINAL_EVALUATION), early.missing(), "no course credit: no course required");

        assertEquals(ProgressStatus.BEHIND, compute(USUAL, List.of(ANA), List.of(), START.plusDays(60)).get(0).status());
        assertEquals(ProgressStatus.BEHIND, compute(USUAL, List.of(ANA), List.of(), AFTER_END).get(0).status());
    }

    @Test
    void behindMeansTrailingTheCalendarByMoreThanTheTolerance() {
        LocalDate halfway = START.plusDays(151);
        CohortTerms terms = new CohortTerms(START, END, USUAL);
        assertEquals(50, ProgressRules.expectedPercent(terms, halfway));
        assertEquals(0, ProgressRules.expectedPercent(terms, START.minusDays(3)));
        assertEquals(100, ProgressRules.expectedPercent(terms, AFTER_END));

        CompletionRequirements onlyPracticum = new CompletionRequirements(BigDecimal.ZERO, 0, new BigDecimal("100"), false);
        Progress forty = compute(onlyPracticum, List.of(ANA),
                List.of(credit(101, CreditKind.PRACTICUM_MINUTES, 40 * 60, CreditState.EARNED, halfway)), halfway).get(0);
        Progress thirtyNine = compute(onlyPracticum, List.of(ANA),
                List.of(credit(101, CreditKind.PRACTICUM_MINUTES, 39 * 60, CreditState.EARNED, halfway)), halfway).get(0);
        assertEquals(ProgressStatus.ON_TRACK, forty.status());
        assertEquals(ProgressStatus.BEHIND, thirtyNine.status());
    }

    @Test
    void aFailedCourseCountsAsRequiredButNotPassedAndAPendingOneShowsAsPending() {
        List<Credit> credits = List.of(credit(101, CreditKind.COURSES_PASSED, 1, CreditState.NOT_EARNED, END),
                credit(101, CreditKind.COURSES_PASSED, 1, CreditState.PENDING, END),
                credit(101, CreditKind.COURSES_PASSED, 1, CreditState.EARNED, END));

        Figure courses = compute(USUAL, List.of(ANA), credits, START.plusDays(30)).get(0).figure(CreditKind.COURSES_PASSED);

        assertEquals(new BigDecimal("3.00"), courses.required());
        assertEquals(new BigDecimal("1.00"), courses.earned());
        assertEquals(new BigDecimal("1.00"), courses.pending());
        assertEquals(33, courses.percent());
    }

    @Test
    void aSecondFinalEvaluationAddsNothing() {
        List<Credit> credits = List.of(credit(101, CreditKind.FINAL_EVALUATION, 1, CreditState.EARNED, END),
                credit(101, CreditKind.FINAL_EVALUATION, 1, CreditState.EARNED, END),
                credit(101, CreditKind.FINAL_EVALUATION, 1, CreditState.PENDING, END));

        Figure evaluation = compute(USUAL, List.of(ANA), credits, END).get(0).figure(CreditKind.FINAL_EVALUATION);

        assertEquals(new BigDecimal("1.00"), evaluation.earned());
        assertEquals(new BigDecimal("0.00"), evaluation.pending());
        assertEquals(100, evaluation.percent());
    }

    private static List<Progress> compute(CompletionRequirements requirements, List<Member> members, List<Credit> credits,
                                          LocalDate today) {
        return ProgressRules.compute(new CohortTerms(START, END, requirements), members, credits, today);
    }

    /** Exactly what {@link #USUAL} asks for: 24 hours of supervision, six meetings, 60 practicum hours, two courses. */
    static List<Credit> allMet(long trainee) {
        List<Credit> credits = new ArrayList<>();
        for (int month = 0; month < 6; month++) {
            LocalDate day = START.plusMonths(month);
            credits.add(credit(trainee, CreditKind.SUPERVISION_MINUTES, 240, CreditState.EARNED, day));
            credits.add(credit(trainee, CreditKind.COP_MEETINGS, 1, CreditState.EARNED, day));
            credits.add(credit(trainee, CreditKind.PRACTICUM_MINUTES, 600, CreditState.EARNED, day));
        }
        credits.add(credit(trainee, CreditKind.COURSES_PASSED, 1, CreditState.EARNED, END));
        credits.add(credit(trainee, CreditKind.COURSES_PASSED, 1, CreditState.EARNED, END));
        credits.add(credit(trainee, CreditKind.FINAL_EVALUATION, 1, CreditState.EARNED, END));
        return credits;
    }

    static Credit credit(long trainee, CreditKind kind, int amount, CreditState state, LocalDate date) {
        return new Credit(trainee, kind, amount, state, date);
    }
}
