package org.iecmhc.lms.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class CalendarEntryTest {

    @Test
    void anEntryIsDatedInTheReadersLanguageWithItsTimeUnlessItTakesTheWholeDay() {
        CalendarEntry meeting = CalendarEntry.timed("m1", CalendarKind.PRACTICE, "Community of Practice",
                LocalDateTime.of(2026, 12, 1, 10, 0), 90, "/community/mine.xhtml");
        CalendarEntry lastDay = CalendarEntry.onDay("p1", CalendarKind.PRACTICUM, "Placement ends",
                LocalDate.of(2026, 12, 1), null);
        assertEquals("Tuesday, December 1, 2026 · 10:00", meeting.when(Locale.ENGLISH));
        assertEquals("martes, 1 de diciembre de 2026 · 10:00", meeting.when(Locale.forLanguageTag("es")));
        assertEquals("Tuesday, December 1, 2026", lastDay.when(Locale.ENGLISH));
    }
}
