package org.iecmhc.lms.platform.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

import org.iecmhc.lms.platform.errors.InputRejected;
import org.junit.jupiter.api.Test;

class MeetingTimeTest {

    private static final LocalTime FIVE_PM = LocalTime.of(17, 0);
    private static final MeetingTime.Messages SUPERVISION = new MeetingTime.Messages("supervision.date.required",
            "supervision.time.required", "supervision.minutes.range");

    @Test
    void aCaliforniaWallClockStartIsStoredInUtcWithOrWithoutDaylightSaving() {
        assertEquals(LocalDateTime.of(2027, 1, 6, 1, 0), new MeetingTime(LocalDate.of(2027, 1, 5), FIVE_PM, 60).startsAtUtc());
        assertEquals(LocalDateTime.of(2027, 7, 6, 0, 0), new MeetingTime(LocalDate.of(2027, 7, 5), FIVE_PM, 60).startsAtUtc());
    }

    @Test
    void aStoredStartReadsBackAsTyped() {
        MeetingTime typed = new MeetingTime(LocalDate.of(2027, 3, 20), LocalTime.of(9, 30), 90);
        assertEquals(typed, MeetingTime.ofUtc(typed.startsAtUtc(), 90));
    }

    @Test
    void aStartInTheSkippedHourMovesOnAndOneInTheRepeatedHourIsTheFirst() {
        assertEquals(LocalDateTime.of(2027, 3, 14, 10, 30),
                new MeetingTime(LocalDate.of(2027, 3, 14), LocalTime.of(2, 30), 60).startsAtUtc());
        assertEquals(LocalDateTime.of(2027, 11, 7, 8, 30),
                new MeetingTime(LocalDate.of(2027, 11, 7), LocalTime.of(1, 30), 60).startsAtUtc());
    }

    @Test
    void aMeetingNeedsADateAStartAndOneMinuteToADay() {
        assertEquals("date", refused(new MeetingTime(null, FIVE_PM, 60)).field());
        assertEquals("time", refused(new MeetingTime(LocalDate.of(2027, 1, 5), null, 60)).field());
        for (Integer minutes : new Integer[] {null, 0, -5, MeetingTime.MAX_MINUTES + 1}) {
            assertEquals("minutes", refused(new MeetingTime(LocalDate.of(2027, 1, 5), FIVE_PM, minutes)).field());
        }
        for (int minutes : new int[] {1, MeetingTime.MAX_MINUTES}) {
            MeetingTime fine = new MeetingTime(LocalDate.of(2027, 1, 5), FIVE_PM, minutes);
            assertEquals(fine, fine.checked(SUPERVISION));
        }
    }

    @Test
    void theMessageBelongsToTheFeatureThatAsked() {
        assertEquals("practice.meeting.minutes.range",
                refused(new MeetingTime(LocalDate.of(2027, 1, 5), FIVE_PM, 0), new MeetingTime.Messages("practice.meeting.date.required",
                        "practice.meeting.time.required", "practice.meeting.minutes.range")).messageKey());
        assertEquals("supervision.date.required", refused(new MeetingTime(null, FIVE_PM, 60)).messageKey());
    }

    @Test
    void theSameStartAndLengthOnAnotherDay() {
        assertEquals(new MeetingTime(LocalDate.of(2027, 2, 2), FIVE_PM, 90),
                new MeetingTime(LocalDate.of(2027, 1, 5), FIVE_PM, 90).on(LocalDate.of(2027, 2, 2)));
    }

    @Test
    void whatIsTypedBecomesTheValue() {
        MeetingTimeInput input = new MeetingTimeInput(90);
        input.setDate(LocalDate.of(2027, 1, 5));
        input.setStart(FIVE_PM);
        assertEquals(new MeetingTime(LocalDate.of(2027, 1, 5), FIVE_PM, 90), input.value());
        assertEquals(input.value(), new MeetingTimeInput(input.value()).value());
    }

    private static InputRejected refused(MeetingTime time) {
        return refused(time, SUPERVISION);
    }

    private static InputRejected refused(MeetingTime time, MeetingTime.Messages messages) {
        return assertThrows(InputRejected.class, () -> time.checked(messages));
    }
}
