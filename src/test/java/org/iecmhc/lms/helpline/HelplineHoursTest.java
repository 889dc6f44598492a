package org.iecmhc.lms.helpline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.iecmhc.lms.platform.time.PacificTime;

class HelplineHoursTest {

    @Test
    void weekdaysFromEightToFivePacificAreInsideHours() {
        // Wednesday 2024-01-10: Pacific is UTC-8 in winter.
        assertFalse(HelplineHours.isOutside(LocalDateTime.of(2024, 1, 10, 16, 0)), "8:00 Pacific");
        assertFalse(HelplineHours.isOutside(LocalDateTime.of(2024, 1, 11, 0, 59)), "16:59 Pacific");
        assertTrue(HelplineHours.isOutside(LocalDateTime.of(2024, 1, 11, 1, 0)), "17:00 Pacific");
        assertTrue(HelplineHours.isOutside(LocalDateTime.of(2024, 1, 10, 15, 59)), "7:59 Pacific");
    }

    @Test
    void weekendsAreOutsideAndSummerTimeIsFollowed() {
        assertTrue(HelplineHours.isOutside(LocalDateTime.of(2024, 1, 13, 18, 0)), "Saturday 10:00 Pacific");
        // Wednesday 2024-07-10: Pacific is UTC-7 in summer, so 15:00 UTC is 8:00.
        assertFalse(HelplineHours.isOutside(LocalDateTime.of(2024, 7, 10, 15, 0)));
        assertEquals(LocalDateTime.of(2024, 7, 10, 15, 0), PacificTime.toUtc(LocalDateTime.of(2024, 7, 10, 8, 0)));
    }

    @Test
    void californiaStateHolidaysAreOutsideHours() {
        // Thanksgiving, Thursday 2025-11-27, 10:00 Pacific (UTC-8); the Wednesday before is an ordinary day.
        assertTrue(HelplineHours.isOutside(LocalDateTime.of(2025, 11, 27, 18, 0)));
        assertTrue(HelplineHours.isOutside(LocalDateTime.of(2025, 11, 28, 18, 0)), "the day after Thanksgiving");
        assertFalse(HelplineHours.isOutside(LocalDateTime.of(2025, 11, 26, 18, 0)));
        // Independence Day 2027 is a Sunday, so Monday 2027-07-05 is closed; 10:00 Pacific is 17:00 UTC in summer.
        assertTrue(HelplineHours.isOutside(LocalDateTime.of(2027, 7, 5, 17, 0)));
    }

    @Test
    void durationsFromOneToTwoHundredFortyMinutesAreAllowed() {
        assertTrue(CallRules.isDurationAllowed(1));
        assertTrue(CallRules.isDurationAllowed(240));
        assertFalse(CallRules.isDurationAllowed(0));
        assertFalse(CallRules.isDurationAllowed(241));
        assertFalse(CallRules.isDurationAllowed(-5));
        assertFalse(CallRules.isDurationAllowed(null));
    }

    @Test
    void aCallCannotComeFromTheFuture() {
        Clock noon = Clock.fixed(Instant.parse("2024-03-01T12:00:00Z"), ZoneOffset.UTC);
        assertFalse(CallRules.isInFuture(LocalDateTime.of(2024, 3, 1, 12, 0, 30), noon), "within the minute of grace");
        assertTrue(CallRules.isInFuture(LocalDateTime.of(2024, 3, 1, 12, 5), noon));
    }
}
