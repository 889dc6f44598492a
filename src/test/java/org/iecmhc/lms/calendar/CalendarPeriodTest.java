package org.iecmhc.lms.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class CalendarPeriodTest {

    private static final LocalDate DECEMBER_16 = LocalDate.of(2026, 12, 16);

    @Test
    void aMonthShowsWholeWeeksFromSundayToSaturday() {
        CalendarPeriod december = new CalendarPeriod(CalendarLayout.MONTH, DECEMBER_16);
        assertEquals(LocalDate.of(2026, 11, 29), december.first(), "the Sunday before December 1, a Tuesday");
        assertEquals(LocalDate.of(2027, 1, 2), december.last(), "the Saturday after December 31, a Thursday");
        assertEquals(35, december.days().size());
        assertTrue(december.inMonth(LocalDate.of(2026, 12, 1)));
        assertFalse(december.inMonth(LocalDate.of(2026, 11, 30)));
    }

    @Test
    void aWeekRunsFromSundayAndAnAgendaFourWeeksFromTheDayChosen() {
        CalendarPeriod week = new CalendarPeriod(CalendarLayout.WEEK, DECEMBER_16);
        assertEquals(DayOfWeek.SUNDAY, week.first().getDayOfWeek());
        assertEquals(LocalDate.of(2026, 12, 13), week.first());
        assertEquals(LocalDate.of(2026, 12, 19), week.last());
        CalendarPeriod agenda = new CalendarPeriod(CalendarLayout.AGENDA, DECEMBER_16);
        assertEquals(DECEMBER_16, agenda.first());
        assertEquals(28, agenda.days().size());
    }

    @Test
    void previousAndNextMoveByTheLayoutsOwnStep() {
        assertEquals(LocalDate.of(2027, 1, 16), new CalendarPeriod(CalendarLayout.MONTH, DECEMBER_16).next().day());
        assertEquals(LocalDate.of(2026, 2, 28), new CalendarPeriod(CalendarLayout.MONTH, LocalDate.of(2026, 3, 31)).previous().day(),
                "a month end stays in the month before");
        assertEquals(LocalDate.of(2026, 12, 9), new CalendarPeriod(CalendarLayout.WEEK, DECEMBER_16).previous().day());
        CalendarPeriod agenda = new CalendarPeriod(CalendarLayout.AGENDA, DECEMBER_16);
        assertEquals(agenda.last().plusDays(1), agenda.next().first(), "the next four weeks start where these end");
    }

    @Test
    void aLayoutIsNamedInTheAddressInLowerCase() {
        assertEquals(Optional.of(CalendarLayout.WEEK), CalendarLayout.named("week"));
        assertEquals(Optional.empty(), CalendarLayout.named("WEEK"));
        assertEquals(Optional.empty(), CalendarLayout.named("year"));
    }

    @Test
    void anAddressNamesARealDayOfAYearAnyonePlansFor() {
        assertEquals(Optional.of(DECEMBER_16), CalendarPeriod.dayNamed("2026-12-16"));
        assertEquals(Optional.empty(), CalendarPeriod.dayNamed("2026-02-30"), "no rolling over to March");
        assertEquals(Optional.empty(), CalendarPeriod.dayNamed("+999999-01-01"));
        assertEquals(Optional.empty(), CalendarPeriod.dayNamed("1999-12-31"));
        assertEquals(Optional.empty(), CalendarPeriod.dayNamed("next week"));
    }

    @Test
    void aMonthGridIsMadeOfWholeWeeks() {
        List<List<LocalDate>> weeks = new CalendarPeriod(CalendarLayout.MONTH, DECEMBER_16).weeks();
        assertEquals(5, weeks.size());
        assertEquals(LocalDate.of(2026, 11, 29), weeks.get(0).get(0));
        assertEquals(LocalDate.of(2027, 1, 2), weeks.get(4).get(6));
    }
}
