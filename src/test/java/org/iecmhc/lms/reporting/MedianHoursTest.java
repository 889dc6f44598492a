package org.iecmhc.lms.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.iecmhc.lms.completion.Credit;
import org.iecmhc.lms.completion.CreditKind;
import org.iecmhc.lms.completion.CreditState;
import org.junit.jupiter.api.Test;

class MedianHoursTest {

    private static final LocalDate DAY = LocalDate.of(2025, 1, 10);

    @Test
    void theMedianTraineeOfEachKindFromEarnedCreditsOnly() {
        List<Credit> credits = List.of(
                credit(1, CreditKind.SUPERVISION_MINUTES, 60, CreditState.EARNED),
                credit(1, CreditKind.SUPERVISION_MINUTES, 30, CreditState.EARNED),
                credit(2, CreditKind.SUPERVISION_MINUTES, 120, CreditState.EARNED),
                credit(2, CreditKind.SUPERVISION_MINUTES, 600, CreditState.NOT_EARNED),
                credit(3, CreditKind.SUPERVISION_MINUTES, 45, CreditState.PENDING),
                credit(1, CreditKind.COP_MEETINGS, 1, CreditState.EARNED),
                credit(2, CreditKind.COP_MEETINGS, 1, CreditState.EARNED),
                credit(2, CreditKind.COP_MEETINGS, 1, CreditState.EARNED),
                credit(9, CreditKind.PRACTICUM_MINUTES, 6000, CreditState.EARNED));
        Map<CreditKind, Double> medians = MedianHours.of(credits, Set.of(1L, 2L, 3L));
        assertEquals(1.5, medians.get(CreditKind.SUPERVISION_MINUTES), "0, 1.5 and 2 hours: the pending 45 minutes do not count");
        assertEquals(1.0, medians.get(CreditKind.COP_MEETINGS), "0, 1 and 2 meetings");
        assertEquals(0.0, medians.get(CreditKind.PRACTICUM_MINUTES), "trainee 9 is not one of the cohort's");
    }

    @Test
    void anEvenNumberOfTraineesTakesTheMeanOfTheMiddleTwo() {
        assertEquals(2.5, MedianHours.median(List.of(4.0, 1.0, 2.0, 3.0)));
        assertEquals(3.0, MedianHours.median(List.of(3.0)));
        assertEquals(0.3, MedianHours.median(List.of(0.25, 0.3333)), "rounded to one decimal");
    }

    @Test
    void aCohortWithoutTraineesHasNoMedian() {
        assertEquals(null, MedianHours.of(List.of(), Set.of()).get(CreditKind.SUPERVISION_MINUTES));
        assertEquals(0.0, MedianHours.of(List.of(), Set.of(1L)).get(CreditKind.PRACTICUM_MINUTES));
    }

    private static Credit credit(long trainee, CreditKind kind, int amount, CreditState state) {
        return new Credit(trainee, kind, amount, state, DAY);
    }
}
