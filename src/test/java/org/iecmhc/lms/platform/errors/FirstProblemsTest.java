package org.iecmhc.lms.platform.errors;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class FirstProblemsTest {

    @Test
    void keepsTheFirstHundredAndCountsThemAll() {
        FirstProblems<Integer> problems = FirstProblems.of(IntStream.range(0, 160_000).boxed().toList());
        assertEquals(160_000, problems.total());
        assertEquals(FirstProblems.KEPT, problems.first().size());
        assertEquals(99, problems.first().get(99));
    }
}
