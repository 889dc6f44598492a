package org.iecmhc.lms.practicum;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The rules of one log entry: its length, its date against the placement and today, and overlaps. */
class LogRulesTest {

    private static final LocalDate START = LocalDate.of(2025, 9, 1);
    private static final LocalDate END = LocalDate.of(2026, 5, 31);
    private static final LocalDate TODAY = LocalDate.of(2026, 1, 15);
    private static final LocalDate DAY = LocalDate.of(2026, 1, 12);

    @ParameterizedTest
    @ValueSource(ints = {-30, 0, 1441, 100_000})
    void negativeZeroAndMoreThanADayAreRefusedOnTheMinutesField(int minutes) {
        assertRefused("minutes", "practicum.entry.minutes.range", entry(DAY, minutes));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 90, 1440})
    void fromOneMinuteToAWholeDayIsAccepted(int minutes) {
        assertDoesNotThrow(() -> LogRules.check(new EntryDetails(DAY, LocalTime.MIDNIGHT, minutes,
                PracticumActivity.OBSERVATION, null), START, END, TODAY));
    }

    @Test
    void missingMinutesAreRefusedLikeAnyOtherBadNumber() {
        assertRefused("minutes", "practicum.entry.minutes.range", entry(DAY, null));
    }

    @Test
    void theDateMustBeWithinThePlacementAndNotInTheFuture() {
        assertRefused("loggedOn", "practicum.entry.loggedOn.outside", entry(START.minusDays(1), 60));
        assertRefused("loggedOn", "practicum.entry.loggedOn.future", entry(TODAY.plusDays(1), 60));
        assertRefused("loggedOn", "practicum.entry.loggedOn.required", entry(null, 60));
        assertDoesNotThrow(() -> LogRules.check(entry(START, 60), START, END, TODAY), "the first day counts");
        assertDoesNotThrow(() -> LogRules.check(entry(TODAY, 60), START, END, TODAY), "today counts");
        assertRefused("loggedOn", "practicum.entry.loggedOn.outside", entry(TODAY, 60), START, TODAY.minusDays(1));
    }

    @Test
    void startTimeAndActivityAreRequiredAndTheNoteIsBounded() {
        assertRefused("startsAt", "practicum.entry.startsAt.required",
                new EntryDetails(DAY, null, 60, PracticumActivity.OBSERVATION, null));
        assertRefused("activity", "practicum.entry.activity.required",
                new EntryDetails(DAY, LocalTime.NOON, 60, null, null));
        assertRefused("note", "practicum.text.tooLong",
                new EntryDetails(DAY, LocalTime.NOON, 60, PracticumActivity.OBSERVATION, "x".repeat(2001)));
    }

    @Test
    void stretchesThatShareAMinuteOverlapAndTouchingOnesDoNot() {
        assertTrue(LogRules.overlap(DAY, LocalTime.of(9, 0), 60, DAY, LocalTime.of(9, 59), 30));
        assertTrue(LogRules.overlap(DAY, LocalTime.of(9, 0), 240, DAY, LocalTime.of(10, 0), 30), "one inside the other");
        assertTrue(LogRules.overlap(DAY, LocalTime.of(10, 0), 30, DAY, LocalTime.of(9, 0), 240), "either way round");
        assertFalse(LogRules.overlap(DAY, LocalTime.of(9, 0), 60, DAY, LocalTime.of(10, 0), 60), "10:00 ends one, starts the next");
        assertFalse(LogRules.overlap(DAY, LocalTime.of(9, 0), 60, DAY.plusDays(1), LocalTime.of(9, 0), 60), "another day");
    }

    @Test
    void aStretchRunningPastMidnightOverlapsTheNextMorning() {
        assertTrue(LogRules.overlap(DAY, LocalTime.of(23, 0), 120, DAY.plusDays(1), LocalTime.of(0, 30), 30));
        assertFalse(LogRules.overlap(DAY, LocalTime.of(23, 0), 60, DAY.plusDays(1), LocalTime.of(0, 0), 30));
    }

    private static EntryDetails entry(LocalDate day, Integer minutes) {
        return new EntryDetails(day, LocalTime.of(9, 0), minutes, PracticumActivity.OBSERVATION, "note");
    }

    private static void assertRefused(String field, String key, EntryDetails entry) {
        assertRefused(field, key, entry, START, END);
    }

    private static void assertRefused(String field, String key, EntryDetails entry, LocalDate start, LocalDate end) {
        PracticumRejected rejected = assertThrows(PracticumRejected.class, () -> LogRules.check(entry, start, end, TODAY));
        assertEquals(field, rejected.field());
        assertEquals(key, rejected.messageKey());
    }
}
