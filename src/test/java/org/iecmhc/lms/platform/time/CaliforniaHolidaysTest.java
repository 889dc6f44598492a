package org.iecmhc.lms.platform.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The state holidays of 2025 to 2027 as CalHR published them, computed by rule. */
class CaliforniaHolidaysTest {

    @Test
    void theElevenDaysOf2025() {
        assertEquals(days("2025-01-01", "2025-01-20", "2025-02-17", "2025-03-31", "2025-05-26", "2025-07-04",
                "2025-09-01", "2025-11-11", "2025-11-27", "2025-11-28", "2025-12-25"), closed(2025));
    }

    @Test
    void in2026IndependenceDayFallsOnASaturdayAndClosesNoWeekday() {
        assertEquals(days("2026-01-01", "2026-01-19", "2026-02-16", "2026-03-31", "2026-05-25", "2026-07-04",
                "2026-09-07", "2026-11-11", "2026-11-26", "2026-11-27", "2026-12-25"), closed(2026));
        assertFalse(CaliforniaHolidays.isHoliday(LocalDate.of(2026, 7, 3)), "not moved to the Friday before");
    }

    @Test
    void in2027ASundayHolidayIsObservedTheMondayAfter() {
        assertEquals(days("2027-01-01", "2027-01-18", "2027-02-15", "2027-03-31", "2027-05-31", "2027-07-05",
                "2027-09-06", "2027-11-11", "2027-11-25", "2027-11-26", "2027-12-25"), closed(2027));
        assertEquals(LocalDate.of(2027, 7, 4), CaliforniaHolidays.Holiday.INDEPENDENCE_DAY.date(2027));
        assertFalse(CaliforniaHolidays.isHoliday(LocalDate.of(2027, 7, 4)));
        assertTrue(CaliforniaHolidays.isHoliday(LocalDate.of(2027, 7, 5)));
    }

    @Test
    void ordinaryDaysAndTheDaysStateOfficesStayOpenAreNotHolidays() {
        assertFalse(CaliforniaHolidays.isHoliday(LocalDate.of(2025, 2, 12)), "Lincoln's Birthday left the list in 2009");
        assertFalse(CaliforniaHolidays.isHoliday(LocalDate.of(2025, 9, 26)), "Native American Day: offices open");
        assertFalse(CaliforniaHolidays.isHoliday(LocalDate.of(2025, 6, 19)), "Juneteenth: offices open");
        assertFalse(CaliforniaHolidays.isHoliday(LocalDate.of(2025, 10, 13)), "Columbus Day left the list in 2009");
    }

    @Test
    void aMonthlyMeetingMovesOffWeekendsAndHolidaysToTheNextOpenDayWithinItsMonth() {
        assertEquals(LocalDate.of(2025, 9, 11), CaliforniaHolidays.openDayNear(LocalDate.of(2025, 9, 11)), "an open Thursday");
        assertEquals(LocalDate.of(2025, 10, 13), CaliforniaHolidays.openDayNear(LocalDate.of(2025, 10, 11)), "Saturday");
        assertEquals(LocalDate.of(2025, 11, 12), CaliforniaHolidays.openDayNear(LocalDate.of(2025, 11, 11)), "Veterans Day");
        assertEquals(LocalDate.of(2025, 11, 26), CaliforniaHolidays.openDayNear(LocalDate.of(2025, 11, 27)),
                "Thanksgiving, the day after and the weekend end November: the Wednesday before");
        assertEquals(LocalDate.of(2026, 1, 30), CaliforniaHolidays.openDayNear(LocalDate.of(2026, 1, 31)),
                "the month's last Saturday: the Friday before, to stay in January");
    }

    private static List<LocalDate> closed(int year) {
        return List.copyOf(CaliforniaHolidays.of(year).keySet());
    }

    private static List<LocalDate> days(String... days) {
        return Arrays.stream(days).map(LocalDate::parse).toList();
    }
}
