package org.iecmhc.lms.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ImpactFiguresTest {

    @Test
    void percentsHaveOneDecimalAndNoneWithoutAnswers() {
        assertEquals(66.7, ImpactFigures.percent(2, 3));
        assertEquals(33.3, ImpactFigures.percent(1, 3));
        assertEquals(100.0, ImpactFigures.percent(4, 4));
        assertEquals(null, ImpactFigures.percent(0, 0));
    }
}
