package org.iecmhc.lms.community;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.iecmhc.lms.platform.errors.InputRejected;
import org.iecmhc.lms.platform.time.MeetingTime;
import org.junit.jupiter.api.Test;

/** The rules of one meeting as typed, and the six monthly meetings generated from the first one. */
class MeetingDetailsTest {

    private static final LocalTime EVENING = LocalTime.of(17, 30);

    @Test
    void sixMonthlyMeetingsKeepTheFirstDayAndFallBackToShorterMonthsLastDay() {
        List<MeetingDetails> meetings = new MeetingDetails(new MeetingTime(LocalDate.of(2027, 1, 31), EVENING, 90),
                "Holding", null).monthly(6);
        assertEquals(List.of(LocalDate.of(2027, 1, 31), LocalDate.of(2027, 2, 28), LocalDate.of(2027, 3, 31),
                LocalDate.of(2027, 4, 30), LocalDate.of(2027, 5, 31), LocalDate.of(2027, 6, 30)),
                meetings.stream().map(m -> m.when().date()).toList());
        assertEquals(List.of(EVENING), meetings.stream().map(m -> m.when().start()).distinct().toList());
        assertEquals(List.of(90), meetings.stream().map(m -> m.when().minutes()).distinct().toList());
        assertEquals("Holding", meetings.get(5).topic());
    }

    @Test
    void aLeapYearGivesFebruaryTwentyNinthAndTheSeriesCrossesTheYear() {
        List<LocalDate> dates = new MeetingDetails(new MeetingTime(LocalDate.of(2027, 11, 30), EVENING, 90), null,
                null).monthly(6).stream()
                .map(m -> m.when().date()).toList();
        assertEquals(List.of(LocalDate.of(2027, 11, 30), LocalDate.of(2027, 12, 30), LocalDate.of(2028, 1, 30),
                LocalDate.of(2028, 2, 29), LocalDate.of(2028, 3, 30), LocalDate.of(2028, 4, 30)), dates);
    }

    @Test
    void aMeetingLastsFromOneMinuteToOneDay() {
        assertEquals(1, meeting(1).checked().when().minutes());
        assertEquals(1440, meeting(1440).checked().when().minutes());
        for (Integer minutes : new Integer[] {0, -90, 1441, null}) {
            assertEquals("practice.meeting.minutes.range", assertThrows(InputRejected.class, () -> meeting(minutes).checked()).messageKey(),
                    "minutes " + minutes);
        }
        assertEquals("minutes", assertThrows(InputRejected.class, () -> meeting(0).monthly(6)).field(),
                "no schedule is generated from a first meeting that is refused");
    }

    @Test
    void dateAndTimeAreRequiredAndNamedAsTheirFields() {
        assertEquals("date", assertThrows(InputRejected.class,
                () -> new MeetingDetails(new MeetingTime(null, EVENING, 90), null, null).checked()).field());
        assertEquals("time", assertThrows(InputRejected.class,
                () -> new MeetingDetails(new MeetingTime(LocalDate.of(2027, 1, 5), null, 90), null,
                        null).checked()).field());
    }

    @Test
    void topicAndLinkAreOptionalButALinkIsAWebAddress() {
        MeetingDetails blank = new MeetingDetails(new MeetingTime(LocalDate.of(2027, 1, 5), EVENING, 90), "  ", " ");
        assertNull(blank.topic());
        assertNull(blank.link());
        assertEquals("https://meet.example.org/cop", new MeetingDetails(new MeetingTime(LocalDate.of(2027, 1, 5),
                EVENING, 90), null,
                " https://meet.example.org/cop ").checked().link());
        for (String link : new String[] {"meet.example.org", "javascript:alert(1)", "https://", "https://a b.org",
                "https://example.org/" + "x".repeat(500)}) {
            assertEquals("link", assertThrows(InputRejected.class,
                    () -> new MeetingDetails(new MeetingTime(LocalDate.of(2027, 1, 5), EVENING, 90), null,
                            link).checked()).field(), link);
        }
        assertEquals("topic", assertThrows(InputRejected.class,
                () -> new MeetingDetails(new MeetingTime(LocalDate.of(2027, 1, 5), EVENING, 90), "t".repeat(201),
                        null).checked()).field());
    }

    private static MeetingDetails meeting(Integer minutes) {
        return new MeetingDetails(new MeetingTime(LocalDate.of(2027, 1, 5), EVENING, minutes), null, null);
    }
}
