package org.iecmhc.lms.platform.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

import org.junit.jupiter.api.Test;

class RecordDatesTest {

    private final Clock clock = Clock.fixed(Instant.parse("2026-12-06T12:00:00Z"), ZoneOffset.UTC);

    @Test
    void datesThatDoNotExistAreRefusedNotMovedToTheEndOfTheMonth() {
        assertThrows(DateTimeParseException.class, () -> RecordDates.parseDate("2026-02-30"));
        assertThrows(DateTimeParseException.class, () -> RecordDates.parseDateTime("2023-02-30 09:15"));
        assertThrows(DateTimeParseException.class, () -> RecordDates.parseDateTime("2023-02-29T09:15"));
        assertEquals(LocalDate.of(2028, 2, 29), RecordDates.parseDate("2028-02-29"));
        assertEquals(LocalDateTime.of(2024, 3, 5, 14, 30), RecordDates.parseDateTime("2024-03-05T14:30"));
        assertEquals(LocalDateTime.of(2024, 3, 5, 14, 30, 15), RecordDates.parseDateTime("2024-03-05 14:30:15"));
    }

    @Test
    void yearsLieFrom2000ToTenYearsAhead() {
        assertEquals(2036, RecordDates.lastYear(clock));
        assertTrue(RecordDates.isWithinRange(2000, clock));
        assertTrue(RecordDates.isWithinRange(2036, clock));
        assertFalse(RecordDates.isWithinRange(1999, clock));
        assertFalse(RecordDates.isWithinRange(2037, clock));
        assertFalse(RecordDates.isWithinRange(RecordDates.parseDate("+999999999-10-02").getYear(), clock));
        assertFalse(RecordDates.isWithinRange(RecordDates.parseDate("-999999999-10-02").getYear(), clock));
    }
}
