package org.iecmhc.lms.platform.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.iecmhc.lms.platform.errors.InputRejected;
import org.junit.jupiter.api.Test;

class FiscalYearTest {

    @Test
    void aYearIsNamedByItsTwoCalendarYears() {
        assertEquals(new FiscalYear(2023), FiscalYear.parse("2023-2024").orElseThrow());
        assertEquals(new FiscalYear(2023), FiscalYear.parse(" 2023-2024 ").orElseThrow());
        assertTrue(FiscalYear.parse("2021-2023").isEmpty(), "two years apart");
        assertTrue(FiscalYear.parse("2024-2023").isEmpty());
        assertTrue(FiscalYear.parse("abc").isEmpty());
        assertTrue(FiscalYear.parse("").isEmpty());
        assertTrue(FiscalYear.parse(null).isEmpty());
    }

    @Test
    void julyFirstStartsTheYear() {
        assertEquals(new FiscalYear(2023), FiscalYear.of(LocalDate.of(2024, 6, 30)));
        assertEquals(new FiscalYear(2024), FiscalYear.of(LocalDate.of(2024, 7, 1)));
        assertEquals(LocalDateTime.of(2024, 7, 1, 7, 0), new FiscalYear(2024).startUtc(), "midnight PDT is 7 a.m. UTC");
    }

    /** Helpline tallies file a stored call by this, and reports query by startUtc(): the two must agree. */
    @Test
    void aStoredTimeCountsInTheYearWhoseUtcBoundariesHoldIt() {
        for (int start = 2000; start <= 2100; start++) {
            FiscalYear year = new FiscalYear(start);
            assertEquals(year, FiscalYear.ofUtc(year.startUtc()));
            assertEquals(new FiscalYear(start - 1), FiscalYear.ofUtc(year.startUtc().minusNanos(1_000_000)));
            assertEquals(year, FiscalYear.ofUtc(year.next().startUtc().minusNanos(1_000_000)));
            assertEquals(year, FiscalYear.ofUtc(year.startUtc().plusMonths(6)), "a winter day, Pacific standard time");
        }
    }

    @Test
    void theCurrentYearIsTheYearOfTheDayInCalifornia() {
        Clock lateOnJuneThirtieth = Clock.fixed(Instant.parse("2025-07-01T05:00:00Z"), ZoneOffset.UTC);
        assertEquals(new FiscalYear(2024), FiscalYear.current(lateOnJuneThirtieth));
    }

    @Test
    void aRangeListsItsYearsAndRefusesToRunBackwards() {
        assertEquals(List.of(new FiscalYear(2021), new FiscalYear(2022)), FiscalYears.parse("2021-2022", "2022-2023").years());
        assertEquals("reports.fiscalYear.fromAfterTo",
                assertThrows(InputRejected.class, () -> FiscalYears.parse("2023-2024", "2021-2022")).messageKey());
        assertEquals("to", assertThrows(InputRejected.class, () -> FiscalYears.parse("2023-2024", "abc")).field());
        assertEquals("from", assertThrows(InputRejected.class, () -> FiscalYears.parse("2021-2023", "2023-2024")).field());
    }

    @Test
    void onlyYearsThatCanHoldRecordsMayBeAskedFor() {
        Clock inDecember2026 = Clock.fixed(Instant.parse("2026-12-06T12:00:00Z"), ZoneOffset.UTC);
        assertEquals(List.of(new FiscalYear(2021), new FiscalYear(2022), new FiscalYear(2023), new FiscalYear(2024),
                        new FiscalYear(2025), new FiscalYear(2026), new FiscalYear(2027)),
                FiscalYears.parseOrDefault("2021-2022", "2027-2028", inDecember2026).years(),
                "from the Network's first year through the next one");
        InputRejected tooEarly = assertThrows(InputRejected.class,
                () -> FiscalYears.parseOrDefault("0000-0001", "9998-9999", inDecember2026));
        assertEquals("from", tooEarly.field());
        assertEquals("reports.fiscalYear.outOfRange", tooEarly.messageKey());
        assertEquals("from", assertThrows(InputRejected.class,
                () -> FiscalYears.parseOrDefault("2020-2021", "2022-2023", inDecember2026)).field());
        assertEquals("to", assertThrows(InputRejected.class,
                () -> FiscalYears.parseOrDefault("2021-2022", "2028-2029", inDecember2026)).field());
        assertEquals("to", assertThrows(InputRejected.class,
                () -> FiscalYears.parseOrDefault(null, "9998-9999", inDecember2026)).field());
    }
}
