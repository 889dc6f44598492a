package org.iecmhc.lms.calendar;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Calendar entries as an iCalendar document (RFC 5545) that calendar programs subscribe to. Times are California
 * wall-clock times with their time zone spelled out, so programs elsewhere show them right across daylight saving;
 * all-day entries are plain dates (DTEND the next day, RFC 5545, 3.6.1).
 */
public final class ICalendar {

    static final String CRLF = "\r\n";
    static final int MAX_LINE_OCTETS = 75;
    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final String TZID = "America/Los_Angeles";

    /** The United States' daylight-saving rules since 2007, which is all a feed of the last month and next year needs. */
    private static final List<String> TIME_ZONE = List.of(
            "BEGIN:VTIMEZONE", "TZID:" + TZID,
            "BEGIN:DAYLIGHT", "TZOFFSETFROM:-0800", "TZOFFSETTO:-0700", "TZNAME:PDT", "DTSTART:20070311T020000",
            "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "END:DAYLIGHT",
            "BEGIN:STANDARD", "TZOFFSETFROM:-0700", "TZOFFSETTO:-0800", "TZNAME:PST", "DTSTART:20071104T020000",
            "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "END:STANDARD",
            "END:VTIMEZONE");

    private ICalendar() {
    }

    /**
     * @param name       the calendar's name shown by the calendar program
     * @param pageBase   the application's address, to which each entry's page is appended
     * @param stamp      when the document is made (DTSTAMP)
     */
    public static String write(String name, List<CalendarEntry> entries, String pageBase, Instant stamp) {
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//IECMHC Network//Learning Management System//EN");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "METHOD:PUBLISH");
        line(out, "X-WR-CALNAME:" + text(name));
        line(out, "X-WR-TIMEZONE:" + TZID);
        TIME_ZONE.forEach(l -> line(out, l));
        for (CalendarEntry entry : entries) {
            line(out, "BEGIN:VEVENT");
            line(out, "UID:" + text(entry.uid()));
            line(out, "DTSTAMP:" + UTC.format(stamp));
            if (entry.allDay()) {
                line(out, "DTSTART;VALUE=DATE:" + DATE.format(entry.day()));
                line(out, "DTEND;VALUE=DATE:" + DATE.format(entry.day().plusDays(1)));
            } else {
                line(out, "DTSTART;TZID=" + TZID + ":" + LOCAL.format(entry.start()));
                line(out, "DURATION:PT" + entry.minutes() + "M");
            }
            if (entry.allDay() || entry.minutes() == 0) {
                // A due time or a placement's day keeps no one from booking that time.
                line(out, "TRANSP:TRANSPARENT");
            }
            line(out, "SUMMARY:" + text(entry.title()));
            if (entry.page() != null) {
                line(out, "URL:" + pageBase + entry.page());
            }
            line(out, "END:VEVENT");
        }
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    /** A TEXT value: backslashes, semicolons, commas and line breaks escaped (RFC 5545, 3.3.11). */
    static String text(String value) {
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                .replace("\r\n", "\\n").replace("\r", "\\n").replace("\n", "\\n");
    }

    /**
     * A content line folded so that no line is longer than 75 octets, continuation lines starting with a space
     * (RFC 5545, 3.1); a multi-byte UTF-8 character is never split.
     */
    static String fold(String line) {
        StringBuilder out = new StringBuilder();
        int octets = 0;
        int i = 0;
        while (i < line.length()) {
            int codePoint = line.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > MAX_LINE_OCTETS) {
                out.append(CRLF).append(' ');
                octets = 1;
            }
            out.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        return out.toString();
    }

    private static void line(StringBuilder out, String line) {
        out.append(fold(line)).append(CRLF);
    }
}
