package org.iecmhc.lms.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class ICalendarTest {

    private static final Instant STAMP = Instant.parse("2026-11-25T16:05:00Z");

    @Test
    void textValuesEscapeBackslashesSemicolonsCommasAndLineBreaks() {
        assertEquals("a\\\\b\\;c\\,d\\ne\\nf\\ng", ICalendar.text("a\\b;c,d\ne\r\nf\rg"));
        assertEquals("Supervisión individual: María", ICalendar.text("Supervisión individual: María"));
    }

    @Test
    void shortLinesAreLeftAlone() {
        assertEquals("SUMMARY:Group", ICalendar.fold("SUMMARY:Group"));
        assertEquals("x".repeat(75), ICalendar.fold("x".repeat(75)));
    }

    @Test
    void longLinesFoldAtSeventyFiveOctetsWithALeadingSpace() {
        String folded = ICalendar.fold("SUMMARY:" + "y".repeat(200));
        String[] lines = folded.split("\r\n");
        assertTrue(lines.length > 2);
        Arrays.stream(lines).forEach(l -> assertTrue(l.getBytes(StandardCharsets.UTF_8).length <= 75, l));
        Arrays.stream(lines).skip(1).forEach(l -> assertTrue(l.startsWith(" ")));
        assertEquals("SUMMARY:" + "y".repeat(200), folded.replace("\r\n ", ""), "unfolding gives the line back");
    }

    @Test
    void foldingCountsOctetsAndNeverSplitsACharacter() {
        String line = "SUMMARY:" + "ñ".repeat(60);
        String folded = ICalendar.fold(line);
        for (String part : folded.split("\r\n")) {
            byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
            assertTrue(bytes.length <= 75, "at most 75 octets: " + bytes.length);
            assertEquals(part, new String(bytes, StandardCharsets.UTF_8));
        }
        assertEquals(line, folded.replace("\r\n ", ""));
        assertEquals(8 + 33 * 2, folded.split("\r\n")[0].getBytes(StandardCharsets.UTF_8).length,
                "the first line stops before a two-octet character would pass 75");
    }

    @Test
    void aDocumentHasItsEventsInCaliforniaTimeWithTheTimeZoneAndCrlfLineEnds() {
        String document = ICalendar.write("IECMHC Network: James Carter", List.of(
                CalendarEntry.timed("supervision-7@iecmhc-lms", CalendarKind.SUPERVISION, "Individual supervision; follow-up, part 2",
                        LocalDateTime.of(2026, 12, 1, 16, 30), 60, "/supervision/mine.xhtml")),
                "https://lms.example.org", STAMP);
        assertTrue(document.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
        assertTrue(document.endsWith("END:VCALENDAR\r\n"));
        assertFalse(document.replace("\r\n", "").contains("\n"), "every line ends in CRLF");
        assertTrue(document.contains("BEGIN:VTIMEZONE\r\nTZID:America/Los_Angeles\r\n"));
        assertTrue(document.contains("BEGIN:VEVENT\r\nUID:supervision-7@iecmhc-lms\r\nDTSTAMP:20261125T160500Z\r\n"
                + "DTSTART;TZID=America/Los_Angeles:20261201T163000\r\nDURATION:PT60M\r\n"
                + "SUMMARY:Individual supervision\\; follow-up\\, part 2\r\n"
                + "URL:https://lms.example.org/supervision/mine.xhtml\r\nEND:VEVENT\r\n"));
        assertTrue(document.contains("X-WR-CALNAME:IECMHC Network: James Carter\r\n"));
    }

    @Test
    void allDayEntriesAreDatesEndingTheNextDayAndDueTimesBlockNoTime() {
        String document = ICalendar.write("Due", List.of(
                CalendarEntry.onDay("placement-end-3@iecmhc-lms", CalendarKind.PRACTICUM, "Practicum ends at Casita",
                        java.time.LocalDate.of(2026, 12, 31), null),
                CalendarEntry.timed("assignment-due-4@iecmhc-lms", CalendarKind.ASSIGNMENT_DUE, "Due: Essay",
                        LocalDateTime.of(2026, 12, 1, 23, 59), 0, null)), "http://localhost", STAMP);
        assertTrue(document.contains("UID:placement-end-3@iecmhc-lms\r\nDTSTAMP:20261125T160500Z\r\n"
                + "DTSTART;VALUE=DATE:20261231\r\nDTEND;VALUE=DATE:20270101\r\nTRANSP:TRANSPARENT\r\n"));
        assertTrue(document.contains("DTSTART;TZID=America/Los_Angeles:20261201T235900\r\nDURATION:PT0M\r\nTRANSP:TRANSPARENT\r\n"));
        assertFalse(document.contains("URL:"), "no page, no link");
    }

    @Test
    void anEmptyCalendarIsStillAValidDocument() {
        String document = ICalendar.write("Empty", List.of(), "http://localhost", STAMP);
        assertFalse(document.contains("BEGIN:VEVENT"));
        assertTrue(document.contains("PRODID:"));
    }
}
