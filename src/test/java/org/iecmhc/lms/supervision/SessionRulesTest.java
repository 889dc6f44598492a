package org.iecmhc.lms.supervision;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;

import org.iecmhc.lms.completion.CreditState;
import org.iecmhc.lms.platform.errors.InputRejected;
import org.iecmhc.lms.platform.time.MeetingTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SessionRulesTest {

    @ParameterizedTest
    @ValueSource(ints = {-60, -1, 0, 1441, 2880})
    void aSessionLastsFromOneMinuteToADay(int minutes) {
        InputRejected rejected = assertThrows(InputRejected.class, () -> SessionRules.check(details(SessionKind.GROUP, minutes, 1L, 2L)));
        assertEquals("minutes", rejected.field());
        assertEquals("supervision.minutes.range", rejected.messageKey());
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 60, 90, 1440})
    void oneMinuteToTwentyFourHoursIsAccepted(int minutes) {
        assertDoesNotThrow(() -> SessionRules.check(details(SessionKind.GROUP, minutes, 1L, 2L)));
    }

    @Test
    void missingMinutesAreNamedAtTheirField() {
        assertEquals("minutes", assertThrows(InputRejected.class,
                () -> SessionRules.check(details(SessionKind.GROUP, null, 1L))).field());
    }

    @Test
    void anIndividualSessionHasExactlyOneTrainee() {
        assertEquals("supervision.trainees.individual", assertThrows(InputRejected.class,
                () -> SessionRules.check(details(SessionKind.INDIVIDUAL, 60, 1L, 2L))).messageKey());
        assertEquals("supervision.trainees.individual", assertThrows(InputRejected.class,
                () -> SessionRules.check(details(SessionKind.INDIVIDUAL, 60))).messageKey());
        assertDoesNotThrow(() -> SessionRules.check(details(SessionKind.INDIVIDUAL, 60, 7L)));
    }

    @Test
    void aGroupSessionInvitesAtLeastOneTrainee() {
        assertEquals("supervision.trainees.required", assertThrows(InputRejected.class,
                () -> SessionRules.check(details(SessionKind.GROUP, 60))).messageKey());
    }

    @Test
    void eachMissingPartIsNamedAtItsField() {
        assertEquals("cohort", assertThrows(InputRejected.class, () -> SessionRules.check(new SessionDetails(null,
                SessionKind.GROUP, 1L, new MeetingTime(LocalDate.of(2026, 1, 5), LocalTime.NOON, 60), null,
                        Set.of(1L)))).field());
        assertEquals("date", assertThrows(InputRejected.class, () -> SessionRules.check(new SessionDetails(1L,
                SessionKind.GROUP, 1L, new MeetingTime(null, LocalTime.NOON, 60), null, Set.of(1L)))).field());
        assertEquals("time", assertThrows(InputRejected.class, () -> SessionRules.check(new SessionDetails(1L,
                SessionKind.GROUP, 1L, new MeetingTime(LocalDate.of(2026, 1, 5), null, 60), null,
                        Set.of(1L)))).field());
        assertEquals("topic", assertThrows(InputRejected.class, () -> SessionRules.check(new SessionDetails(1L,
                SessionKind.GROUP, 1L, new MeetingTime(LocalDate.of(2026, 1, 5), LocalTime.NOON, 60),
                        "x".repeat(201), Set.of(1L)))).field());
    }

    @Test
    void onlyPresenceEarnsAndAttendanceNotTakenIsPending() {
        assertEquals(CreditState.EARNED, Attendance.creditState(Attendance.PRESENT));
        assertEquals(CreditState.NOT_EARNED, Attendance.creditState(Attendance.ABSENT));
        assertEquals(CreditState.NOT_EARNED, Attendance.creditState(Attendance.EXCUSED));
        assertEquals(CreditState.PENDING, Attendance.creditState(null));
    }

    @Test
    void aNoteIsNeitherBlankNorEndless() {
        assertEquals("supervision.note.required", assertThrows(InputRejected.class, () -> SessionRules.checkNote("  ")).messageKey());
        assertEquals("supervision.note.tooLong", assertThrows(InputRejected.class,
                () -> SessionRules.checkNote("a".repeat(SupervisionLimits.NOTE + 1))).messageKey());
        assertEquals("Kept as typed", SessionRules.checkNote("  Kept as typed "));
    }

    private static SessionDetails details(SessionKind kind, Integer minutes, Long... trainees) {
        return new SessionDetails(1L, kind, 1L, new MeetingTime(LocalDate.of(2026, 1, 5), LocalTime.of(16, 0),
                minutes), null, Set.of(trainees));
    }
}
