package org.iecmhc.lms.calendar;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * Something on a person's calendar: a supervision session, a meeting, an assignment's due time, a placement's
 * first or last day.
 *
 * @param uid     stable across changes of the same meeting, so calendar programs update it rather than add a copy
 * @param kind    what sort of thing it is
 * @param title   already in the person's language
 * @param start   wall-clock time in California; midnight of the day for an all-day entry
 * @param minutes how long it lasts; 0 for a moment such as a due time, and for an all-day entry
 * @param allDay  a whole day without a time of its own (an Open-Door session's day, a placement's last day)
 * @param page    the application page about it, relative to the context root, or null
 */
public record CalendarEntry(String uid, CalendarKind kind, String title, LocalDateTime start, int minutes, boolean allDay,
                            String page) implements Serializable {

    /** Made once: a pattern is parsed anew by every ofPattern call, for each entry of each page. */
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    public static CalendarEntry timed(String uid, CalendarKind kind, String title, LocalDateTime start, int minutes,
                                      String page) {
        return new CalendarEntry(uid, kind, title, start, minutes, false, page);
    }

    public static CalendarEntry onDay(String uid, CalendarKind kind, String title, LocalDate day, String page) {
        return new CalendarEntry(uid, kind, title, day.atStartOfDay(), 0, true, page);
    }

    public LocalDate day() {
        return start.toLocalDate();
    }

    /** Such as "Tuesday, December 1, 2026 · 10:00" or "martes, 1 de diciembre de 2026 · 10:00" (California time). */
    public String when(Locale locale) {
        String day = DAY.withLocale(locale).format(start);
        return allDay ? day : day + " · " + TIME.format(start);
    }

    /** When it is over: the next midnight for an all-day entry. */
    public LocalDateTime end() {
        return allDay ? start.plusDays(1) : start.plusMinutes(minutes);
    }
}
