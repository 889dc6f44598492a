package org.iecmhc.lms.platform.time;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Series that meet once a month (Communities of Support, Communities of Practice) keep the day of their first meeting:
 * each date counts whole months from the first one, so a series from January 31 meets on February 28 and March 31
 * rather than drifting to the 28th for good.
 */
public final class MonthlyDates {

    private MonthlyDates() {
    }

    public static List<LocalDate> from(LocalDate first, int count) {
        return IntStream.range(0, count).mapToObj(first::plusMonths).toList();
    }
}
