package org.iecmhc.lms.helpline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.iecmhc.lms.reporting.FiscalYear;
import org.junit.jupiter.api.Test;

/** The tallies put a call in the same fiscal year as the reports' range boundaries do. */
class CallYearTest {

    @Test
    void aCallCountsInTheYearWhoseUtcBoundariesHoldIt() {
        for (int year = 2000; year <= 2100; year++) {
            FiscalYear fiscalYear = new FiscalYear(year);
            assertEquals(fiscalYear.startUtc(), CallYear.startUtc(year));
            assertEquals(year, CallYear.of(fiscalYear.startUtc()));
            assertEquals(year - 1, CallYear.of(fiscalYear.startUtc().minusNanos(1_000_000)));
            assertEquals(year, CallYear.of(fiscalYear.next().startUtc().minusNanos(1_000_000)));
            assertEquals(year, CallYear.of(fiscalYear.startUtc().plusMonths(6)), "a winter day, Pacific standard time");
        }
    }
}
