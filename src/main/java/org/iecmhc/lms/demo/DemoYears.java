package org.iecmhc.lms.demo;

import java.time.Clock;
import java.time.LocalDate;

import org.iecmhc.lms.platform.time.PacificTime;
import org.iecmhc.lms.platform.time.FiscalYear;

/**
 * The demo's two cohorts, named by fiscal year from the clock so that the demo stays coherent whenever it is loaded:
 * the active cohort is the current fiscal year's and spans today, the closed one is the year before. A cohort runs
 * from September 1 to June 30; in July and August the active one starts on July 1 so that it already spans today.
 * Tests that open the demo compute the names here too.
 */
public record DemoYears(LocalDate today) {

    private static final int COHORT_START_MONTH = 9;

    public static DemoYears at(Clock clock) {
        return new DemoYears(PacificTime.today(clock));
    }

    /** The years of the demo an application started now loads. */
    public static DemoYears now() {
        return at(Clock.systemUTC());
    }

    public String currentName() {
        return current().name();
    }

    public LocalDate currentStart() {
        LocalDate september = LocalDate.of(current().startYear(), COHORT_START_MONTH, 1);
        return today.isBefore(september) ? current().firstDay() : september;
    }

    public LocalDate currentEnd() {
        return current().dayAfter().minusDays(1);
    }

    public String pastName() {
        return past().name();
    }

    public LocalDate pastStart() {
        return LocalDate.of(past().startYear(), COHORT_START_MONTH, 1);
    }

    public LocalDate pastEnd() {
        return current().firstDay().minusDays(1);
    }

    private FiscalYear current() {
        return FiscalYear.of(today);
    }

    private FiscalYear past() {
        return new FiscalYear(current().startYear() - 1);
    }
}
