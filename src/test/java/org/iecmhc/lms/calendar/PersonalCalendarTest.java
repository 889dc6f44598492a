package org.iecmhc.lms.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class PersonalCalendarTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 1, 16, 0);

    @Test
    void upcomingKeepsMeetingsUnderWayAndDropsThoseOver() {
        List<CalendarEntry> entries = List.of(entry("over", NOW.minusHours(2), 60), entry("just over", NOW.minusMinutes(60), 60),
                entry("under way", NOW.minusMinutes(30), 60), entry("later", NOW.plusDays(3), 90));
        assertEquals(List.of("under way", "later"), PersonalCalendar.upcoming(entries, NOW).stream().map(CalendarEntry::uid).toList());
    }

    @Test
    void upcomingListsTenAtMost() {
        List<CalendarEntry> many = IntStream.range(0, 14).mapToObj(i -> entry("e" + i, NOW.plusHours(i + 1), 30)).toList();
        List<CalendarEntry> shown = PersonalCalendar.upcoming(many, NOW);
        assertEquals(PersonalCalendar.UPCOMING_MAX, shown.size());
        assertEquals("e0", shown.get(0).uid(), "the soonest first");
    }

    private static CalendarEntry entry(String uid, LocalDateTime start, int minutes) {
        return CalendarEntry.timed(uid, CalendarKind.SUPERVISION, uid, start, minutes, null);
    }
}
